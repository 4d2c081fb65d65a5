// The counter's side of sync by USB stick (shared/sync/bundle.ts): everything waiting, with
// the scans the server lacks, written to one signed file; the office's return file read back.
// Reading a return file twice changes nothing: the answers are the same, and its pages are
// applied only while the counter still stands at the cursor the bundle left from.
import { encodeBase64url } from '../../shared/letters/verification/base64url';
import {
  BundleError,
  bundleHeaderOf,
  bundleKeyOfToken,
  MAX_RELAYED_BUNDLE_BYTES,
  openBundle,
  sealBundle,
} from '../../shared/sync/bundle';
import { failureOf, SyncFailure } from '../../shared/sync/engine';
import type { LoketDb } from '../db/database';
import { readMeta } from '../db/meta';
import type { SyncEnrolment } from '../db/rows';
import { platform } from '../platform/platform';
import { dexieSyncStore } from './dexieSyncStore';
import { syncLabels } from './labels';
import { transportFor } from './syncSession';

const m = syncLabels.bundle;

/**
 * The key this counter's bundles are signed with: from its token in browser mode; on the
 * desktop main keeps the token and hands over the key alone. Throws main's Indonesian refusal.
 */
async function bundleKeyOf(enrolment: SyncEnrolment): Promise<Uint8Array> {
  if (enrolment.token !== undefined) return bundleKeyOfToken(enrolment.token);
  const key = await platform().syncBundleKey();
  if (!key.ok) throw new Error(key.message);
  return key.value;
}

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
    await bundleKeyOf(enrolment),
  );
  return { bytes, ops: ops.length, blobs: blobs.length };
}

export type Relayed =
  | { ok: true; bytes: Uint8Array; deviceId: string; createdAt: string }
  | { ok: false; message: string };

/**
 * Another counter's bundle, brought on a stick to this one, which is online: handed on to the
 * server, which imports it as its own CLI does; the answer is the return bundle, for the stick.
 * A bundle of another office is refused here, before anything goes out.
 */
export async function relayBundle(enrolment: SyncEnrolment, bytes: Uint8Array): Promise<Relayed> {
  let header;
  try {
    header = bundleHeaderOf(bytes, m);
  } catch (error) {
    if (error instanceof BundleError) return { ok: false, message: error.message };
    throw error;
  }
  if (header.kind !== 'outbox') return { ok: false, message: m.relayReturn };
  if (header.officeId !== enrolment.officeId) {
    return { ok: false, message: m.relayOtherOffice(header.officeId) };
  }
  if (bytes.length > MAX_RELAYED_BUNDLE_BYTES) return { ok: false, message: m.relayTooLarge };
  let answer: Uint8Array;
  try {
    answer = await transportFor(enrolment).relayBundle(new Uint8Array(bytes));
  } catch (error) {
    const failure = failureOf(error);
    if (failure instanceof SyncFailure) return { ok: false, message: failure.message };
    throw failure;
  }
  return { ok: true, bytes: answer, deviceId: header.deviceId, createdAt: header.createdAt };
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
    opened = openBundle(bytes, 'return', await bundleKeyOf(enrolment), m);
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
