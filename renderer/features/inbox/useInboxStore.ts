import { counterDb } from '../case/counterDb';
import { createInboxStore } from './inboxStore';
import { inboxLabels } from './labels';

/** The paraf and signature inbox, on the counter database. */
export const useInboxStore = createInboxStore(counterDb, inboxLabels.noSession);
