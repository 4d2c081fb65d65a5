import { create } from 'zustand';
import type { CaseRecord, TurnRole } from '../../../shared/cases/records';
import type { LoketDb } from '../../db/database';
import { SEARCH_LIMIT } from '../../db/queries';
import {
  loadWorklistPage,
  searchWorklist,
  type WorklistFilters,
  type WorklistPageData,
} from './worklistSource';

export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'ready'; data: T }
  | { status: 'failed'; message: string };

export interface SearchData {
  text: string;
  records: CaseRecord[];
  /** The search returned as many cases as it may: there may be more. */
  limited: boolean;
}

export const PAGE_SIZE = 20;
export const defaultFilters: WorklistFilters = { status: 'open' };

export interface WorklistState {
  role: TurnRole | null;
  filters: WorklistFilters;
  page: number;
  list: Loadable<WorklistPageData>;
  /** Null while the search box is empty: the table shows the worklist. */
  search: Loadable<SearchData> | null;
  /** The case opened last, so the table can put the keyboard back on its row. */
  lastOpened: string | null;
  rememberOpened(caseId: string): void;
  /** Chooses whose queue comes first; `refresh` loads it. */
  setRole(role: TurnRole): void;
  setFilters(patch: Partial<WorklistFilters>): void;
  resetFilters(): void;
  setPage(page: number): void;
  /** Reloads the page shown (after a command, on return to the screen). */
  refresh(): Promise<void>;
  /** Runs the search box's text; blank text goes back to the worklist. */
  runSearch(text: string): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The Beranda's state: who the clerk works as, the filters, the page and the search. */
export function createWorklistStore(db: () => LoketDb) {
  // Only the latest request may write its answer: typing fast must not show an older search.
  let listTicket = 0;
  let searchTicket = 0;
  return create<WorklistState>()((set, get) => {
    const reload = () => void get().refresh();
    return {
      role: null,
      filters: defaultFilters,
      page: 0,
      list: { status: 'idle' },
      search: null,
      lastOpened: null,

      rememberOpened: (caseId) => set({ lastOpened: caseId }),

      setRole: (role) => {
        if (get().role !== role) set({ role, page: 0 });
      },
      setFilters: (patch) => {
        set({ filters: { ...get().filters, ...patch }, page: 0 });
        reload();
      },
      resetFilters: () => {
        set({ filters: defaultFilters, page: 0 });
        reload();
      },
      setPage: (page) => {
        set({ page: Math.max(0, page) });
        reload();
      },

      refresh: async () => {
        const { role, filters, page, list } = get();
        if (!role) return;
        const ticket = ++listTicket;
        set({
          list: { status: 'loading', ...(list.status === 'ready' ? { previous: list.data } : {}) },
        });
        try {
          const data = await loadWorklistPage(db(), { role, filters, page, pageSize: PAGE_SIZE });
          if (ticket === listTicket) set({ list: { status: 'ready', data } });
        } catch (error) {
          if (ticket === listTicket) set({ list: { status: 'failed', message: messageOf(error) } });
        }
      },

      runSearch: async (text) => {
        const ticket = ++searchTicket;
        const trimmed = text.trim();
        if (trimmed === '') {
          set({ search: null });
          return;
        }
        const current = get().search;
        set({
          search: {
            status: 'loading',
            ...(current?.status === 'ready' ? { previous: current.data } : {}),
          },
        });
        try {
          const records = await searchWorklist(db(), trimmed);
          if (ticket !== searchTicket) return;
          set({
            search: {
              status: 'ready',
              data: { text: trimmed, records, limited: records.length >= SEARCH_LIMIT },
            },
          });
        } catch (error) {
          if (ticket === searchTicket)
            set({ search: { status: 'failed', message: messageOf(error) } });
        }
      },
    };
  });
}

export type WorklistStore = ReturnType<typeof createWorklistStore>;
