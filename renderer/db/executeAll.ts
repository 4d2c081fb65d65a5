// Several commands that must land together (the first start: the admin, the office profile,
// the first accounts; an intake: registration, checklist, registry check, …): one
// transaction, and the first refusal undoes all of them.
import type { CommandError } from '../../shared/commands/types';
import type { LoketDb } from './database';
import { commandTables, executeCommand, type ExecuteContext } from './executeCommand';
import type { BlobRow } from './rows';

export interface CommandCall {
  type: string;
  payload: unknown;
}

export type ExecuteAllResult =
  | { ok: true; opIds: string[]; warnings: CommandError[] }
  | { ok: false; failed: CommandCall; index: number; errors: CommandError[] };

class Refused extends Error {
  constructor(readonly result: Extract<ExecuteAllResult, { ok: false }>) {
    super(`${result.failed.type} refused`);
  }
}

/**
 * Runs the commands in order in one Dexie transaction, each with its own outbox and audit
 * row, and stores `blobs` (the scans the commands name) in the same transaction. A refused
 * command aborts it, so nothing of the earlier ones nor any blob stays, and resolves
 * `{ ok: false }` naming it; a storage failure rejects.
 */
export async function executeAll(
  db: LoketDb,
  calls: readonly CommandCall[],
  context: ExecuteContext,
  blobs: readonly BlobRow[] = [],
): Promise<ExecuteAllResult> {
  try {
    return await db.transaction('rw', [...commandTables(db), db.blobs], async () => {
      const opIds: string[] = [];
      const warnings: CommandError[] = [];
      for (const [index, call] of calls.entries()) {
        const result = await executeCommand(db, call.type, call.payload, context);
        if (!result.ok)
          throw new Refused({ ok: false, failed: call, index, errors: result.errors });
        if (result.opId) opIds.push(result.opId);
        warnings.push(...result.warnings);
      }
      // Content-addressed: a page already stored (the family's KK in another case) stays as is.
      const unique = [...new Map(blobs.map((blob) => [blob.id, blob])).values()];
      const stored = await db.blobs.bulkGet(unique.map((blob) => blob.id));
      await db.blobs.bulkAdd(unique.filter((_, i) => stored[i] === undefined));
      return { ok: true as const, opIds, warnings };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
