// Runs many commands in memory and writes their rows with bulk puts: for seeding a database
// with tens of thousands of cases, where one transaction per command would take minutes.
// Each command is parsed, loaded and run exactly as executeCommand does and writes the same
// rows; only the unit of atomicity differs (one `flush`, not one command). Use it only on a
// database nobody else writes to meanwhile.
import { parseCommand } from '../../shared/commands/registry';
import { decideCommand } from './commandRows';
import type { LoketDb } from './database';
import type { ExecuteContext, ExecuteResult } from './executeCommand';
import { commandTables } from './executeCommand';
import { loadCase, type LoadedCase } from './loadCase';
import { metaRow, readMeta } from './meta';
import type { AuditRow, DocumentRecord, OutboxRow, PersonRecord, StoredCase } from './rows';
import { caseRecordOf } from './storedCase';

export interface CommandBatch {
  /** Like `executeCommand`; the rows wait in memory until `flush`. */
  run(type: string, payload: unknown, context: ExecuteContext): Promise<ExecuteResult>;
  /** Writes every collected row in one transaction and forgets them. */
  flush(): Promise<void>;
  /** The case and its papers as the next command would see them. */
  load(caseId: string): Promise<LoadedCase>;
}

export async function openCommandBatch(db: LoketDb): Promise<CommandBatch> {
  let seq = (await readMeta(db, 'outboxSeq')) ?? 0;
  const cases = new Map<string, StoredCase>();
  const persons = new Map<string, PersonRecord>();
  const documents = new Map<string, Map<string, DocumentRecord>>();
  let outbox: OutboxRow[] = [];
  let audit: AuditRow[] = [];

  async function load(caseId: string | undefined): Promise<LoadedCase> {
    const held = caseId === undefined ? undefined : cases.get(caseId);
    if (caseId === undefined || !held) return loadCase(db, caseId);
    return { current: caseRecordOf(held), documents: [...(documents.get(caseId)?.values() ?? [])] };
  }

  async function run(
    type: string,
    payload: unknown,
    context: ExecuteContext,
  ): Promise<ExecuteResult> {
    const parsed = parseCommand(type, payload);
    if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
    if (parsed.needs.users) throw new Error(`${type}: the seeding batch runs case commands only`);
    const { result, rows } = decideCommand(
      parsed,
      await load(parsed.needs.caseId),
      context,
      seq + 1,
    );
    if (!rows) return result;
    seq += 1;
    for (const row of rows.cases) cases.set(row.id, row);
    for (const row of rows.persons) persons.set(row.id, row);
    for (const row of rows.documents) {
      const ofCase = documents.get(row.caseId) ?? new Map<string, DocumentRecord>();
      ofCase.set(row.id, row);
      documents.set(row.caseId, ofCase);
    }
    outbox.push(rows.outbox);
    audit.push(rows.audit);
    return result;
  }

  async function flush(): Promise<void> {
    const lastSeq = seq;
    await db.transaction('rw', commandTables(db), () =>
      Promise.all([
        db.cases.bulkPut([...cases.values()]),
        db.persons.bulkPut([...persons.values()]),
        db.documents.bulkPut([...documents.values()].flatMap((ofCase) => [...ofCase.values()])),
        db.outbox.bulkAdd(outbox),
        db.audit.bulkAdd(audit),
        db.meta.put(metaRow('outboxSeq', lastSeq)),
      ]),
    );
    cases.clear();
    persons.clear();
    documents.clear();
    outbox = [];
    audit = [];
  }

  return {
    run,
    load,
    flush,
  };
}
