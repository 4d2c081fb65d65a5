// A counter's USB bundle at the office (`npm run server -- import-bundle`): checked against
// the device's token hash, its ops pushed through the same path as `POST /v1/push` (in batches
// of 200, so a replayed bundle answers `duplicate` and changes nothing), its scans stored, and
// the return bundle written: every op's answer and the office's changes from the cursor the
// counter had, signed with the same key.
import pino from 'pino';
import {
  BundleError,
  bundleHeaderOf,
  openBundle,
  sealBundle,
  type ReturnContent,
} from '../../shared/sync/bundle';
import type { PullPage } from '../../shared/sync/pull';
import { pullPagesOf } from '../../shared/sync/pullStream';
import { MAX_BATCH_OPS, type OpResult } from '../../shared/sync/push';
import { putChunk } from '../blobs/blobStore';
import type { Database } from '../db/database';
import { serverMessages } from '../messages';
import { openPull } from './pull';
import { pushBatch } from './push';

const m = serverMessages.bundles;

export type BundleImport =
  | { ok: true; returnBundle: Uint8Array; ops: number; rejected: number; records: number }
  | { ok: false; code: string; message: string };

/** What goes wrong inside a push is said on stderr, as the server's log would say it. */
const log = pino({ level: 'warn' }, pino.destination(2));

async function pullFrom(
  db: Database,
  device: { officeId: string; deviceId: string },
  cursor?: string,
) {
  const pages: PullPage[] = [];
  let from = cursor;
  for (;;) {
    const pull = await openPull(db, device, from === undefined ? {} : { cursor: from }, { log });
    if (!pull.ok) throw new Error(`pull refused: ${pull.code}`);
    let text = '';
    for await (const chunk of pull.stream) text += String(chunk);
    const got = pullPagesOf(text);
    pages.push(...got);
    const last = got.at(-1);
    if (!last?.more) return pages;
    from = last.cursor;
  }
}

export async function importBundle(
  db: Database,
  officeId: string,
  bytes: Uint8Array,
  now = new Date(),
): Promise<BundleImport> {
  try {
    const claimed = bundleHeaderOf(bytes, m);
    if (claimed.officeId !== officeId)
      return { ok: false, code: 'other-office', message: m.otherOffice(claimed.officeId) };
    const { rows } = await db.query<{ token_hash: Buffer; revoked_at: Date | null }>(
      'SELECT token_hash, revoked_at FROM devices WHERE office_id = $1 AND device_id = $2',
      [officeId, claimed.deviceId],
    );
    const row = rows[0];
    if (!row) return { ok: false, code: 'device-unknown', message: m.deviceUnknown };
    if (row.revoked_at) return { ok: false, code: 'token-revoked', message: m.revoked };
    const key = new Uint8Array(row.token_hash);
    const { header, content } = openBundle(bytes, 'outbox', key, m);
    const device = { officeId, deviceId: header.deviceId };

    const results: OpResult[] = [];
    for (let from = 0; from < content.ops.length; from += MAX_BATCH_OPS) {
      const answer = await pushBatch(
        db,
        device,
        content.ops.slice(from, from + MAX_BATCH_OPS),
        log,
        { serverNow: now },
      );
      results.push(...answer.results);
    }
    const blobs: string[] = [];
    for (const blob of content.blobs) {
      const data = Buffer.from(blob.data, 'base64url');
      const put = await putChunk(
        db,
        { ...device, sha256: blob.sha256 },
        { start: 0, total: data.length, bytes: data },
      );
      if (put.outcome === 'stored' || put.outcome === 'exists') blobs.push(blob.sha256);
    }
    const pages = await pullFrom(db, device, content.cursor);
    const returned: ReturnContent = {
      results,
      ...(content.cursor === undefined ? {} : { fromCursor: content.cursor }),
      pages,
      blobs,
      serverTime: now.toISOString(),
    };
    return {
      ok: true,
      returnBundle: sealBundle(
        { kind: 'return', officeId, deviceId: header.deviceId, createdAt: now.toISOString() },
        returned,
        key,
      ),
      ops: results.length,
      rejected: results.filter((result) => result.status === 'rejected').length,
      records: pages.reduce((sum, page) => sum + page.changes.length, 0),
    };
  } catch (error) {
    if (error instanceof BundleError)
      return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
