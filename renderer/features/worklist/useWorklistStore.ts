import { counterDb } from '../case/counterDb';
import { createWorklistStore } from './worklistStore';

/** The Beranda's state, on the counter database; kept while the clerk visits a case. */
export const useWorklistStore = createWorklistStore(counterDb);
