// The answer of BPJS Kesehatan (or Dinkes) to the office's list, recorded by the server: a field
// the server owns. On an open case it runs the same `case.recordOutcome` command a counter
// would, as the server; on a closed case with another answer, the server's answer replaces it
// (BPJS corrected itself, or a counter had recorded another) and a counter's is kept in
// `conflicts`. A counter's later different
// answer is refused (the case is closed) and kept aside the same way (sync/applyOp.ts).
import { isDeepStrictEqual } from 'node:util';
import { parseCommand } from '../shared/commands/registry';
import type { Outcome } from '../shared/workflow/types';
import type { Database } from './db/database';
import { BatchRecords } from './sync/batchRecords';
import { recordConflicts, serverOwned } from './sync/conflicts';
import { officeState, serverCatalog, serverHolidays } from './sync/officeState';
import { writesOf } from './sync/applyOp';
import { bpjsActor, serverOutcomeOf } from './sync/bpjsActor';

export type OutcomeResult =
  { ok: true; replaced?: Outcome } | { ok: false; code: string; message: string };

export function recordBpjsOutcome(
  db: Database,
  officeId: string,
  caseId: string,
  outcome: Outcome,
  now = new Date(),
): Promise<OutcomeResult> {
  return db.transaction(async (tx): Promise<OutcomeResult> => {
    const parsed = parseCommand('case.recordOutcome', { caseId, outcome });
    if (!parsed.ok) {
      const [first] = parsed.errors;
      return { ok: false, code: first?.code ?? 'invalid', message: first?.message ?? '' };
    }
    const records = new BatchRecords(tx, officeId);
    await records.loadCases([parsed.payload.caseId]);
    const current = await records.get('case', parsed.payload.caseId);
    if (!current) return { ok: false, code: 'case-not-found', message: `no case ${caseId}` };
    const previous = current.body.workflow.outcome;

    if (previous !== undefined) {
      const answer = parsed.payload.outcome;
      if (isDeepStrictEqual(previous, answer)) return { ok: true };
      const byCounter = serverOutcomeOf(current.body) === undefined;
      const stamp = now.toISOString();
      records.write(
        [
          {
            kind: 'case',
            id: current.body.id,
            caseId: current.body.id,
            body: {
              ...current.body,
              status: answer.kind,
              workflow: {
                ...current.body.workflow,
                status: answer.kind,
                outcome: answer,
                history: [
                  ...current.body.workflow.history,
                  {
                    at: stamp,
                    userId: bpjsActor.userId,
                    event: { type: 'recordOutcome', outcome: answer },
                    from: { status: current.body.status, stationId: current.body.stationId },
                    to: { status: answer.kind, stationId: current.body.stationId },
                  },
                ],
              },
              updatedAt: stamp,
            },
          },
        ],
        null,
      );
      await records.flush();
      if (!byCounter) return { ok: true };
      await recordConflicts(tx, officeId, [
        serverOwned(current, {
          field: 'outcome',
          kept: answer,
          lost: previous,
          lostDevice: current.changedBy,
          lostOp: current.changedByOp,
          keptOp: null,
        }),
      ]);
      return { ok: true, replaced: previous };
    }

    const office = await officeState(records, officeId).profile();
    if (!office)
      return { ok: false, code: 'office-unknown', message: `no profile for ${officeId}` };
    const result = parsed.run(
      {
        current: current.body,
        documents: records.documentsOf(current.body.id).map((row) => row.body),
      },
      {
        actor: bpjsActor,
        deviceId: 'server',
        now,
        catalog: serverCatalog,
        office,
        holidays: serverHolidays,
      },
    );
    if (!result.ok) {
      const [first] = result.errors;
      return { ok: false, code: first?.code ?? 'refused', message: first?.message ?? '' };
    }
    records.write(writesOf(result.changes, officeId), null);
    await records.flush();
    return { ok: true };
  });
}
