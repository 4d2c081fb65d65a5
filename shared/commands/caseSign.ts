import { commandMessages } from './messages';
import { defineStationCommand } from './stationCommand';

/** The signing official signs the letter; the engine checks the published signers. */
export const caseSign = defineStationCommand('case.sign', ['sign'], commandMessages.actions.sign);
