// The scans attached on the case screen, from the draft-scan store into `blobs` rows of the case.
import type { BlobRow } from '../../db/rows';
import { clearDraftScans, draftScanDb, getDraftScan } from '../scans/draftScanStore';

/** The draft-scan key of one person's dialog on one case, apart from their intake draft. */
export const caseScanKey = (userId: string, caseId: string) => `${userId}:kasus:${caseId}`;

/** The attached scans' bytes as rows of the case; a scan whose bytes are gone is left out. */
export async function draftScanBlobs(
  draftKey: string,
  caseId: string,
  ids: readonly string[],
): Promise<BlobRow[]> {
  const rows = await Promise.all(ids.map((id) => getDraftScan(draftScanDb(), draftKey, id)));
  return rows.flatMap((row): BlobRow[] =>
    row
      ? [
          {
            id: row.id,
            caseId,
            mime: row.mime,
            size: row.size,
            data: row.data,
            createdAt: row.createdAt,
          },
        ]
      : [],
  );
}

/** Forgets the dialog's attached bytes (they are in `blobs` now, or the dialog was closed). */
export function forgetCaseScans(draftKey: string): Promise<number> {
  return clearDraftScans(draftScanDb(), draftKey);
}
