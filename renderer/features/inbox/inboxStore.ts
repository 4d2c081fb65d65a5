import { create } from 'zustand';
import type { CaseRecord, TurnRole } from '../../../shared/cases/records';
import type { CommandError } from '../../../shared/commands/types';
import type { LoketDb } from '../../db/database';
import { executeCommand, type ExecuteContext } from '../../db/executeCommand';
import { loadInboxCandidates } from './inboxSource';

export type InboxAction = 'case.paraf' | 'case.sign' | 'case.sendBack';

export type InboxLoad =
  | { status: 'loading'; previous?: CaseRecord[] }
  | { status: 'ready'; records: CaseRecord[] }
  | { status: 'failed'; message: string };

export interface InboxOutcome {
  caseId: string;
  subjectName: string;
  action: InboxAction;
  ok: boolean;
  errors: CommandError[];
}

export interface InboxState {
  load: InboxLoad;
  /** The case whose send-back dialog is open. */
  sendingBack: CaseRecord | null;
  running: { caseId: string; action: InboxAction } | null;
  outcome: InboxOutcome | null;
  refresh(roles: readonly TurnRole[]): Promise<void>;
  askSendBack(record: CaseRecord | null): void;
  run(
    record: CaseRecord,
    action: InboxAction,
    payload: Record<string, unknown>,
    context: ExecuteContext | null,
  ): Promise<boolean>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The drafts waiting for this person, and the paraf, signature or send-back in progress. */
export function createInboxStore(db: () => LoketDb, noSessionMessage: string) {
  let ticket = 0;
  let roles: readonly TurnRole[] = [];
  return create<InboxState>()((set, get) => ({
    load: { status: 'loading' },
    sendingBack: null,
    running: null,
    outcome: null,

    refresh: async (next) => {
      roles = next;
      const mine = ++ticket;
      const { load } = get();
      if (load.status === 'ready') set({ load: { status: 'loading', previous: load.records } });
      try {
        const records = await loadInboxCandidates(db(), roles);
        if (mine === ticket) set({ load: { status: 'ready', records } });
      } catch (error) {
        if (mine === ticket) set({ load: { status: 'failed', message: messageOf(error) } });
      }
    },

    askSendBack: (record) => set({ sendingBack: record, outcome: null }),

    run: async (record, action, payload, context) => {
      if (get().running) return false;
      const base = { caseId: record.id, subjectName: record.subjectName, action };
      if (!context) {
        set({
          outcome: {
            ...base,
            ok: false,
            errors: [{ code: 'no-session', message: noSessionMessage }],
          },
        });
        return false;
      }
      set({ running: { caseId: record.id, action }, outcome: null });
      try {
        const result = await executeCommand(
          db(),
          action,
          { ...payload, caseId: record.id },
          context,
        );
        set({
          running: null,
          outcome: { ...base, ok: result.ok, errors: result.errors },
          ...(result.ok ? { sendingBack: null } : {}),
        });
        if (result.ok) await get().refresh(roles);
        return result.ok;
      } catch (error) {
        set({
          running: null,
          outcome: { ...base, ok: false, errors: [{ code: 'storage', message: messageOf(error) }] },
        });
        return false;
      }
    },
  }));
}

export type InboxStore = ReturnType<typeof createInboxStore>;
