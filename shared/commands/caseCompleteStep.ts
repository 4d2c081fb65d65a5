import { defineStationCommand } from './stationCommand';
import { commandMessages } from './messages';

/**
 * Finishes a station that records no data of its own: the citizen's arrival,
 * receiving papers, registering, confirming with BPJS, the dispatch book,
 * delivering, the monthly submission, and a wait for BPJS that has a next wait
 * (card, then the BNBA list). Papers, the registry check, paraf, signature and
 * hand-over have their own commands.
 */
export const caseCompleteStep = defineStationCommand(
  'case.completeStep',
  [
    'arrive',
    'receive',
    'register',
    'confirmExternal',
    'record',
    'deliver',
    'submitBatch',
    'awaitOutcome',
  ],
  commandMessages.actions.completeStep,
);
