// What a command reads before it decides: the case its `needs` name and the case's papers,
// and the staff accounts for account commands.
import type { LoadedInput } from '../../shared/commands/registry';
import type { CommandNeeds } from '../../shared/commands/types';
import type { LoketDb } from './database';
import type { CaseRecord, DocumentRecord } from './rows';
import { caseRecordOf } from './storedCase';

export interface LoadedCase {
  /** Absent when the case does not exist (yet) on this device. */
  current?: CaseRecord;
  documents: DocumentRecord[];
}

/** Call inside the command's transaction, so the command decides on what it then overwrites. */
export async function loadCase(db: LoketDb, caseId: string | undefined): Promise<LoadedCase> {
  if (caseId === undefined) return { documents: [] };
  const [stored, documents] = await Promise.all([
    db.cases.get(caseId),
    db.documents.where('caseId').equals(caseId).toArray(),
  ]);
  return stored ? { current: caseRecordOf(stored), documents } : { documents };
}

/** Everything `needs` names, loaded inside the command's transaction. */
export async function loadInput(db: LoketDb, needs: CommandNeeds): Promise<LoadedInput> {
  const [loaded, users] = await Promise.all([
    loadCase(db, needs.caseId),
    needs.users ? db.users.toArray() : undefined,
  ]);
  return users ? { ...loaded, users } : loaded;
}
