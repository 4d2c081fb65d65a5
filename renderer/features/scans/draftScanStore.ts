// Scans attached while an intake is still a draft. They belong to no case yet, so they live
// in a small database of their own (`loket-draft-scans`), next to the draft, until the case
// is registered and they move to the `blobs` table of the `loket` database.
import { Dexie, type DexieOptions, type Table } from 'dexie';

export interface DraftScanRow {
  /** Whose draft: one draft per user on a device. */
  draftKey: string;
  /** sha256 of `data`. */
  id: string;
  mime: string;
  size: number;
  data: Blob;
  createdAt: string;
}

export class DraftScanDb extends Dexie {
  declare scans: Table<DraftScanRow, [string, string]>;

  constructor(name = 'loket-draft-scans', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ scans: '[draftKey+id], draftKey' });
  }
}

let shared: DraftScanDb | undefined;

/** The app's draft-scan database, opened on first use. */
export function draftScanDb(): DraftScanDb {
  shared ??= new DraftScanDb();
  return shared;
}

export function putDraftScan(db: DraftScanDb, row: DraftScanRow): Promise<[string, string]> {
  return db.scans.put(row);
}

export function getDraftScan(
  db: DraftScanDb,
  draftKey: string,
  id: string,
): Promise<DraftScanRow | undefined> {
  return db.scans.get([draftKey, id]);
}

export async function deleteDraftScan(db: DraftScanDb, draftKey: string, id: string) {
  await db.scans.delete([draftKey, id]);
}

/** Forgets every scan of a draft (the case was registered, or the draft thrown away). */
export async function clearDraftScans(db: DraftScanDb, draftKey: string): Promise<number> {
  return db.scans.where('draftKey').equals(draftKey).delete();
}
