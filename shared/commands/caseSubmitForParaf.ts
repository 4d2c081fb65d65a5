import { commandMessages } from './messages';
import { defineStationCommand } from './stationCommand';

/** Sends the drafted letter on to its paraf chain (or straight to the signature where the standard has none); only at a draft station. */
export const caseSubmitForParaf = defineStationCommand(
  'case.submitForParaf',
  ['draft'],
  commandMessages.actions.submitForParaf,
);
