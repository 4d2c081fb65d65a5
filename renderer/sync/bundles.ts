// The counter's side of sync by USB stick (shared/sync/bundle.ts): everything waiting, with
// the scans the server lacks, written to one signed file; the office's return file read back.
// Reading a return file twice changes nothing: the answers are the same, and its pages are
// applied only while the counter still stands at the cursor the bundle left from.
import { encodeBase64url } from '../../shared/letters/verification/base64url';
import { bundleKeyOfToken, openBundle, sealBundle } from '../../shared/sync/bundle';
import type { LoketDb } from '../db/database';
import { readMeta } from '../db/meta';
import type { SyncEnrolment } from '../db/rows';
import { dexieSyncStore } from './dexieSyncStore';
import { syncLabels } from './labels';

const m = syncLabels.bundle;

/** Every op waiting and every scan not yet on the server, as one bundle file. */
export async function exportBundle(
  db: LoketDb,
  enrolment: SyncEnrolment,
  now: Date,
): Promise<{ bytes: Uint8Array; ops: number; blobs: number }> {
  const store = dexieSyncStore(db);
  const ops = await store.pendingOps(Infinity);
  const blobs = await Promise.all(
    (await db.blobs.filter((row) => row.uploadedAt === undefined).toArray()).map(async (row) => ({
      sha256: row.id,
      data: encodeBase64url(new Uint8Array(await row.data.arrayBuffer())),
    })),
  );
  const cursor = await readMeta(db, 'syncCursor');
  const bytes = sealBundle(
    {
      kind: 'outbox',
      officeId: enrolment.officeId,
      deviceId: enrolment.deviceId,
      createdAt: now.toISOString(),
    },
    { ops, ...(cursor === undefined ? {} : { cursor }), blobs },
    bundleKeyOfToken(enrolment.token),
  );
  return { bytes, ops: ops.length, blobs: blobs.length };
}

export type ReturnImport =
  | { ok: true; answered: number; rejected: number; records: number }
  | { ok: false; message: string };

export async function importReturnBundle(
  db: LoketDb,
  enrolment: SyncEnrolment,
  bytes: Uint8Array,
): Promise<ReturnImport> {
  let opened;
  try {
    opened = openBundle(bytes, 'return', bundleKeyOfToken(enrolment.token), m);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { header, content } = opened;
  if (header.officeId !== enrolment.officeId || header.deviceId !== enrolment.deviceId) {
    return { ok: false, message: m.otherDevice };
  }
  const store = dexieSyncStore(db);
  await store.recordResults(content.results);
  for (const sha256 of content.blobs) await store.markBlobUploaded(sha256);
  let records = 0;
  if ((await store.cursor()) === content.fromCursor) {
    for (const page of content.pages) {
      await store.applyPage(page);
      records += page.changes.length;
    }
  }
  return {
    ok: true,
    answered: content.results.length,
    rejected: content.results.filter((result) => result.status === 'rejected').length,
    records,
  };
}
