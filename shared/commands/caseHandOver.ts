import { commandMessages } from './messages';
import { defineStationCommand } from './stationCommand';

/** The signed letter is handed to the citizen. */
export const caseHandOver = defineStationCommand(
  'case.handOver',
  ['handOver'],
  commandMessages.actions.handOver,
);
