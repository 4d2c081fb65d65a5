import type { CaseRecord } from '../../shared/cases/records';
import type { Actor, Outcome } from '../../shared/workflow/types';

/** Who records BPJS's answers on the server, with the back office's right to. */
export const bpjsActor: Actor = { userId: 'server:bpjs', roles: ['bo'] };

/** The case's outcome when the server recorded it (BPJS's answer), else undefined. */
export function serverOutcomeOf(record: CaseRecord): Outcome | undefined {
  const last = record.workflow.history.findLast((entry) => entry.event.type === 'recordOutcome');
  return last?.userId === bpjsActor.userId ? record.workflow.outcome : undefined;
}
