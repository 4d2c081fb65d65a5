// A scan or letter PDF this counter lacks because another counter made it: fetched from the
// server when it is asked for (a letter printed at another counter), checked against its
// sha256 and kept, so it is fetched once. Nothing is fetched ahead: scans are large and the
// islands' link is dear.
import { failureOf, SyncFailure } from '../../shared/sync/engine';
import type { LoketDb } from '../db/database';
import { readMeta } from '../db/meta';
import type { BlobRow } from '../db/rows';
import { sha256Hex } from '../features/scans/sha256';
import { syncLabels } from './labels';
import { transportFor } from './syncSession';

const m = syncLabels.blobs;

export type FetchedBlob = { ok: true; row: BlobRow } | { ok: false; message: string };

/** A scan is a JPEG (as the counter prepares photos) or a PDF; anything else, bytes. */
function mimeOf(bytes: Uint8Array): string {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    return 'application/pdf';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return 'application/octet-stream';
}

/** `mime`: what the blob is, when known (a letter's PDF); else read from its first bytes. */
export async function blobFromServer(
  db: LoketDb,
  wanted: { sha256: string; caseId: string; mime?: string },
  now: Date,
): Promise<FetchedBlob> {
  const enrolment = await readMeta(db, 'syncEnrolment');
  if (!enrolment) return { ok: false, message: m.notHere };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await transportFor(enrolment).getBlob(wanted.sha256);
  } catch (error) {
    const failure = failureOf(error);
    if (failure instanceof SyncFailure)
      return { ok: false, message: m.notFetched(failure.message) };
    throw failure;
  }
  if ((await sha256Hex(bytes)) !== wanted.sha256) return { ok: false, message: m.altered };
  const mime = wanted.mime ?? mimeOf(bytes);
  const row: BlobRow = {
    id: wanted.sha256,
    caseId: wanted.caseId,
    mime,
    size: bytes.length,
    data: new Blob([bytes], { type: mime }),
    createdAt: now.toISOString(),
    uploadedAt: now.toISOString(),
  };
  await db.blobs.put(row);
  return { ok: true, row };
}
