import { commandMessages } from './messages';
import { defineStationCommand } from './stationCommand';

/** Gives the initials of the current paraf slot; the engine checks the slot's position and the published order. */
export const caseParaf = defineStationCommand(
  'case.paraf',
  ['paraf'],
  commandMessages.actions.paraf,
);
