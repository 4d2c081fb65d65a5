// `GET /v1/pull`: the office's records after a cursor, in commit order. A page holds only
// records whose writing transaction ended before every transaction still running (xid below
// the snapshot's xmin), ordered by (xid, seq): a writer that took its sequence values early but
// commits late is not yet visible, and its rows sort after the cursor when it does commit.
// The bodies are copied as stored text, never parsed, so a page costs little memory.
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, type PullErrorCode } from '../../shared/sync/pull';
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

export type PullPage = { ok: true; json: string } | { ok: false; code: PullErrorCode };

interface ChangeRow {
  kind: string;
  record_id: string;
  body: string;
  xid: string;
  seq: string;
}

export async function pullPage(
  db: Database,
  device: DeviceIdentity,
  query: PullQuery,
): Promise<PullPage> {
  const from = decodeCursor(query.cursor);
  if (!from) return { ok: false, code: 'cursor-invalid' };
  const limit = query.limit === undefined ? DEFAULT_PULL_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT) {
    return { ok: false, code: 'limit-invalid' };
  }
  const { rows } = await db.query<ChangeRow>(
    `SELECT kind, record_id, body::text AS body, changed_xid::text AS xid, changed_seq::text AS seq
       FROM records
      WHERE office_id = $1
        AND (changed_xid, changed_seq) > ($2::xid8, $3::bigint)
        AND changed_xid < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY changed_xid, changed_seq
      LIMIT $4`,
    [device.officeId, from.xid, from.seq, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = last ? { xid: last.xid, seq: last.seq } : from;
  // The cursor the device sent is what it has applied: conflicts read it (see conflicts.ts).
  if (from !== start) {
    await db.query(
      `UPDATE devices SET pulled_xid = $3::xid8, pulled_seq = $4::bigint, last_seen_at = now()
        WHERE office_id = $1 AND device_id = $2
          AND (pulled_xid IS NULL OR (pulled_xid, pulled_seq) < ($3::xid8, $4::bigint))`,
      [device.officeId, device.deviceId, from.xid, from.seq],
    );
  }
  const changes = page
    .map(
      (row) =>
        `{"kind":${JSON.stringify(row.kind)},"id":${JSON.stringify(row.record_id)},"body":${row.body}}`,
    )
    .join(',');
  return {
    ok: true,
    json: `{"changes":[${changes}],"cursor":${JSON.stringify(encodeCursor(next))},"more":${rows.length > limit}}`,
  };
}
