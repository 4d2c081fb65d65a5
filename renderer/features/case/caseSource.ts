// The case screen's reads from the counter database: the case with its persons, papers and
// audit, the names of the staff who appear in its history, and the bytes of one scan.
import type { LoketDb } from '../../db/database';
import { caseDetail, type CaseDetail } from '../../db/queries';
import type { BlobRow } from '../../db/rows';

export interface StaffName {
  name: string;
  positions: readonly string[];
}

export interface CaseView extends CaseDetail {
  /** Staff of this device by user id, to say who did what. */
  staff: ReadonlyMap<string, StaffName>;
}

export async function loadCaseView(db: LoketDb, caseId: string): Promise<CaseView | undefined> {
  const [detail, users] = await Promise.all([caseDetail(db, caseId), db.users.toArray()]);
  if (!detail) return undefined;
  const staff = new Map(
    users.map((user) => [user.id, { name: user.name, positions: user.positions }] as const),
  );
  return { ...detail, staff };
}

export function loadScan(db: LoketDb, blobId: string): Promise<BlobRow | undefined> {
  return db.blobs.get(blobId);
}
