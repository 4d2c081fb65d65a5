// The only way the counter changes its data: a named business command, applied with its
// outbox row and its audit row in one Dexie transaction, so all of it lands or none of it.
import { parseCommand } from '../../shared/commands/registry';
import type { CommandContext, CommandError } from '../../shared/commands/types';
import { decideCommand, type CommandRows } from './commandRows';
import type { LoketDb } from './database';
import { loadInput } from './loadCase';
import { metaRow, readMeta } from './meta';

export type ExecuteContext = CommandContext & {
  /** Makes the outbox op id and the audit row id; UUIDv7 unless a test needs its own. */
  newId?: () => string;
};

export interface ExecuteResult {
  ok: boolean;
  caseId?: string;
  /** The op appended to the outbox; absent when nothing was written. */
  opId?: string;
  /** Indonesian, with the payload field they belong to. */
  errors: CommandError[];
  warnings: CommandError[];
}

/** The tables a command may touch; every command transaction takes all of them. */
export const commandTables = (db: LoketDb) =>
  [db.cases, db.persons, db.documents, db.users, db.letters, db.outbox, db.audit, db.meta] as const;

/**
 * Validates the payload, loads the case its `needs` name (and the case's documents), runs the
 * command and writes its changes, the outbox row (next `seq` of this device) and the audit row.
 * A refused payload or command writes nothing and resolves `{ ok: false }`; a command that
 * changes nothing (a registration sent twice) resolves `{ ok: true }` without an op. A storage
 * failure rolls the whole transaction back and rejects.
 */
export async function executeCommand(
  db: LoketDb,
  type: string,
  payload: unknown,
  context: ExecuteContext,
): Promise<ExecuteResult> {
  const parsed = parseCommand(type, payload);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };

  return db.transaction('rw', commandTables(db), async (): Promise<ExecuteResult> => {
    const seq = ((await readMeta(db, 'outboxSeq')) ?? 0) + 1;
    const { result, rows } = decideCommand(parsed, await loadInput(db, parsed.needs), context, seq);
    if (rows) await writeRows(db, rows);
    return result;
  });
}

/** Outbox and audit rows are added, never put: an id used twice is an error, not an overwrite. */
async function writeRows(db: LoketDb, rows: CommandRows): Promise<void> {
  const profile = rows.officeProfile;
  await Promise.all([
    db.cases.bulkPut(rows.cases),
    db.persons.bulkPut(rows.persons),
    db.documents.bulkPut(rows.documents),
    db.users.bulkPut(rows.users),
    db.letters.bulkAdd(rows.letters),
    // The numbering settings are kept beside the profile for readers of that key alone.
    ...(profile
      ? [
          db.meta.put(metaRow('officeProfile', profile)),
          db.meta.put(metaRow('numberingSettings', profile.numbering)),
        ]
      : []),
    db.outbox.add(rows.outbox),
    db.audit.add(rows.audit),
    db.meta.put(metaRow('outboxSeq', rows.outbox.seq)),
  ]);
}
