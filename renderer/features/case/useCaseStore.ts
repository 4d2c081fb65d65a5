import { counterDb } from './counterDb';
import { createCaseStore } from './caseStore';
import { caseLabels } from './labels';

/** The case on screen and the action in progress, on the counter database. */
export const useCaseStore = createCaseStore(counterDb, caseLabels.actions.noSession);
