// `GET /v1/pull`: the office's records after a cursor, in commit order, streamed page by page
// (the line format is in shared/sync/pull.ts). A page holds only records whose writing
// transaction ended before every transaction still running (xid below the snapshot's xmin),
// ordered by (xid, seq): a writer that took its sequence values early but commits late is not
// yet visible, and its rows sort after the cursor when it does commit.
// The bodies are copied as stored text, never parsed. While a page goes out, the next one is
// already being read, and the stream reads no further than the client takes: memory stays
// bounded by two pages whatever the office's size.
import { Readable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  PULL_PAGE_RECORDS,
  type PullErrorCode,
} from '../../shared/sync/pull';
import type { DeviceIdentity } from '../auth';
import type { Database } from '../db/database';

export interface Position {
  xid: string;
  seq: string;
}

export const start: Position = { xid: '0', seq: '0' };

const digits = /^\d{1,20}$/;

export const encodeCursor = ({ xid, seq }: Position): string =>
  Buffer.from(`v1:${xid}:${seq}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): Position | undefined {
  if (cursor === undefined || cursor === '') return start;
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(cursor)) return undefined;
  const [version, xid, seq, ...rest] = Buffer.from(cursor, 'base64url').toString().split(':');
  if (version !== 'v1' || rest.length > 0 || !xid || !seq) return undefined;
  return digits.test(xid) && digits.test(seq) ? { xid, seq } : undefined;
}

export type PullQuery = { cursor?: string; limit?: string };

export type PullStart = { ok: true; stream: Readable } | { ok: false; code: PullErrorCode };

interface ChangeRow {
  kind: string;
  record_id: string;
  /** Null for a version the pulling device wrote itself and holds already (an echo). */
  body: string | null;
  xid: string;
  seq: string;
}

/** A page read ahead: settled either way, so a failure waits for the stream to reach it. */
type ReadAhead = Promise<{ rows: ChangeRow[] } | { error: unknown }>;

/**
 * Up to `size` records after `from`, and one more to tell whether more wait. The device's own
 * echoes (see echo.ts) come without their body: they are not sent, but the cursor passes them.
 */
function readRows(db: Database, device: DeviceIdentity, from: Position, size: number): ReadAhead {
  return db
    .query<ChangeRow>(
      `SELECT kind, record_id,
              CASE WHEN echo AND changed_by = $5::uuid THEN NULL ELSE body::text END AS body,
              changed_xid::text AS xid, changed_seq::text AS seq
         FROM records
        WHERE office_id = $1
          AND (changed_xid, changed_seq) > ($2::xid8, $3::bigint)
          AND changed_xid < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY changed_xid, changed_seq
        LIMIT $4`,
      [device.officeId, from.xid, from.seq, size + 1, device.deviceId],
    )
    .then(
      ({ rows }) => ({ rows }),
      (error: unknown) => ({ error }),
    );
}

function pageText(rows: readonly ChangeRow[], cursor: Position, more: boolean): string {
  let text = '';
  for (const row of rows) {
    if (row.body === null) continue;
    text += `{"kind":${JSON.stringify(row.kind)},"id":${JSON.stringify(row.record_id)},"body":${row.body}}\n`;
  }
  return `${text}{"cursor":${JSON.stringify(encodeCursor(cursor))},"more":${more}}\n`;
}

export interface PullOptions {
  log: FastifyBaseLogger;
  /** Records between two checkpoints. */
  pageRecords?: number;
}

async function* pageTexts(
  db: Database,
  device: DeviceIdentity,
  from: Position,
  limit: number,
  first: ChangeRow[],
  { log, pageRecords = PULL_PAGE_RECORDS }: PullOptions,
  /** Whether the client left: a failure then has nobody else to report it. */
  abandoned: () => boolean,
): AsyncGenerator<string> {
  const leftBehind = (error: unknown) =>
    log.warn({ err: error }, 'pull: reading ahead failed after the client left');
  let position = from;
  let left = limit;
  let rows = first;
  let ahead: ReadAhead | undefined;
  try {
    for (;;) {
      const size = Math.min(pageRecords, left);
      const page = rows.slice(0, size);
      const more = rows.length > size;
      left -= page.length;
      const last = page.at(-1);
      if (last) position = { xid: last.xid, seq: last.seq };
      ahead =
        more && left > 0 ? readRows(db, device, position, Math.min(pageRecords, left)) : undefined;
      yield pageText(page, position, more);
      if (!ahead) return;
      const read = await ahead;
      ahead = undefined;
      if ('error' in read) {
        if (abandoned()) leftBehind(read.error);
        throw read.error;
      }
      rows = read.rows;
    }
  } finally {
    void ahead?.then((read) => {
      if ('error' in read) leftBehind(read.error);
    });
  }
}

/**
 * Checks the query, records the cursor the device confirmed, and reads the first page before
 * answering, so a failure there is a plain error answer; later pages follow as the client reads.
 */
export async function openPull(
  db: Database,
  device: DeviceIdentity,
  query: PullQuery,
  options: PullOptions,
): Promise<PullStart> {
  const from = decodeCursor(query.cursor);
  if (!from) return { ok: false, code: 'cursor-invalid' };
  const limit = query.limit === undefined ? DEFAULT_PULL_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT) {
    return { ok: false, code: 'limit-invalid' };
  }
  // The cursor the device sent is what it has applied: conflicts read it (see conflicts.ts).
  if (from !== start) {
    await db.query(
      `UPDATE devices SET pulled_xid = $3::xid8, pulled_seq = $4::bigint, last_seen_at = now()
        WHERE office_id = $1 AND device_id = $2
          AND (pulled_xid IS NULL OR (pulled_xid, pulled_seq) < ($3::xid8, $4::bigint))`,
      [device.officeId, device.deviceId, from.xid, from.seq],
    );
  }
  const pageRecords = options.pageRecords ?? PULL_PAGE_RECORDS;
  const first = await readRows(db, device, from, Math.min(pageRecords, limit));
  if ('error' in first) throw first.error;
  const texts = pageTexts(
    db,
    device,
    from,
    limit,
    first.rows,
    { ...options, pageRecords },
    () => stream.destroyed,
  );
  const stream: Readable = Readable.from(texts, { objectMode: false, highWaterMark: 1 });
  return { ok: true, stream };
}
