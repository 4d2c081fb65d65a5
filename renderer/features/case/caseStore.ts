import { create } from 'zustand';
import type { CommandError } from '../../../shared/commands/types';
import type { LoketDb } from '../../db/database';
import { executeAll } from '../../db/executeAll';
import type { ExecuteContext } from '../../db/executeCommand';
import type { BlobRow } from '../../db/rows';
import type { CaseAction } from './caseActions';
import { loadCaseView, type CaseView } from './caseSource';

export type CaseLoad =
  | { status: 'loading'; previous?: CaseView }
  | { status: 'ready'; view: CaseView }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

/** The answer to the last action: its errors in place, or its warnings and a short confirmation. */
export interface ActionOutcome {
  action: CaseAction;
  ok: boolean;
  errors: CommandError[];
  warnings: CommandError[];
}

export interface CaseScreenState {
  caseId: string | null;
  load: CaseLoad;
  /** The action whose dialog is open. */
  dialog: CaseAction | null;
  /** The action being saved. */
  running: CaseAction | null;
  outcome: ActionOutcome | null;
  open(caseId: string): Promise<void>;
  reload(): Promise<void>;
  showDialog(action: CaseAction | null): void;
  /**
   * Runs one command on the case, with the new scans it names stored in the same transaction;
   * closes its dialog when it succeeds.
   */
  run(
    action: CaseAction,
    payload: Record<string, unknown>,
    context: ExecuteContext | null,
    blobs?: readonly BlobRow[],
  ): Promise<boolean>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createCaseStore(db: () => LoketDb, noSessionMessage: string) {
  let ticket = 0;
  return create<CaseScreenState>()((set, get) => ({
    caseId: null,
    load: { status: 'loading' },
    dialog: null,
    running: null,
    outcome: null,

    open: async (caseId) => {
      // A new visit: the answer to the last visit's action (perhaps another person's) is gone.
      if (get().caseId !== caseId) {
        set({ caseId, load: { status: 'loading' }, dialog: null, outcome: null });
      } else {
        set({ dialog: null, outcome: null });
      }
      await get().reload();
    },

    reload: async () => {
      const { caseId, load } = get();
      if (!caseId) return;
      const mine = ++ticket;
      if (load.status === 'ready') set({ load: { status: 'loading', previous: load.view } });
      try {
        const view = await loadCaseView(db(), caseId);
        if (mine !== ticket) return;
        set({ load: view ? { status: 'ready', view } : { status: 'missing' } });
      } catch (error) {
        if (mine === ticket) set({ load: { status: 'failed', message: messageOf(error) } });
      }
    },

    showDialog: (action) => set({ dialog: action, outcome: null }),

    run: async (action, payload, context, blobs = []) => {
      const { caseId } = get();
      if (!caseId || get().running) return false;
      if (!context) {
        set({
          outcome: {
            action,
            ok: false,
            errors: [{ code: 'no-session', message: noSessionMessage }],
            warnings: [],
          },
        });
        return false;
      }
      set({ running: action, outcome: null });
      try {
        const result = await executeAll(
          db(),
          [{ type: action, payload: { ...payload, caseId } }],
          context,
          blobs,
        );
        set({
          running: null,
          outcome: result.ok
            ? { action, ok: true, errors: [], warnings: result.warnings }
            : { action, ok: false, errors: result.errors, warnings: [] },
          ...(result.ok ? { dialog: null } : {}),
        });
        if (result.ok) await get().reload();
        return result.ok;
      } catch (error) {
        set({
          running: null,
          outcome: {
            action,
            ok: false,
            errors: [{ code: 'storage', message: messageOf(error) }],
            warnings: [],
          },
        });
        return false;
      }
    },
  }));
}

export type CaseStore = ReturnType<typeof createCaseStore>;
