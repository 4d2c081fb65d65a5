// The server's copy of the office's records, one row per record in `records`. Every write
// stamps the row with its transaction id and a fresh sequence value, which is what pull orders
// by (see migration 0003); the device and op that wrote it tell conflicts who won before.
import type { RecordBodies, RecordKind } from '../../shared/sync/pull';
import type { Sql } from '../db/database';

export interface StoredRecord<K extends RecordKind = RecordKind> {
  body: RecordBodies[K];
  changedXid: string;
  changedSeq: string;
  changedBy: string | null;
  changedByOp: string | null;
  /** Whether this version is what `changedBy` computed on its own copy (see echo.ts). */
  echo: boolean;
}

export interface RecordWrite {
  kind: RecordKind;
  id: string;
  caseId?: string;
  body: unknown;
}

interface RecordRow {
  body: unknown;
  changed_xid: string;
  changed_seq: string;
  changed_by: string | null;
  changed_by_op: string | null;
  echo: boolean;
}

const columns = 'body, changed_xid::text, changed_seq::text, changed_by, changed_by_op, echo';

const stored = <K extends RecordKind>(row: RecordRow): StoredRecord<K> => ({
  body: row.body as RecordBodies[K],
  changedXid: row.changed_xid,
  changedSeq: row.changed_seq,
  changedBy: row.changed_by,
  changedByOp: row.changed_by_op,
  echo: row.echo,
});

/** One record, locked for the rest of the transaction when `forUpdate`. */
export async function readRecord<K extends RecordKind>(
  tx: Sql,
  officeId: string,
  kind: K,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredRecord<K> | undefined> {
  const { rows } = await tx.query<RecordRow>(
    `SELECT ${columns} FROM records WHERE office_id = $1 AND kind = $2 AND record_id = $3${
      options.forUpdate ? ' FOR UPDATE' : ''
    }`,
    [officeId, kind, id],
  );
  return rows[0] ? stored<K>(rows[0]) : undefined;
}

/** The stored versions of several records at once, by `kind:id`. */
export async function readRecords(
  tx: Sql,
  officeId: string,
  keys: readonly { kind: RecordKind; id: string }[],
): Promise<Map<string, StoredRecord>> {
  if (keys.length === 0) return new Map();
  const { rows } = await tx.query<RecordRow & { kind: string; record_id: string }>(
    `SELECT kind, record_id, ${columns} FROM records
      WHERE office_id = $1
        AND (kind, record_id) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
    [officeId, keys.map((key) => key.kind), keys.map((key) => key.id)],
  );
  return new Map(rows.map((row) => [`${row.kind}:${row.record_id}`, stored(row)]));
}

/** Every record of a kind in the office (the staff accounts), by `kind:id`. */
export async function readKind(
  tx: Sql,
  officeId: string,
  kind: RecordKind,
): Promise<Map<string, StoredRecord>> {
  const { rows } = await tx.query<RecordRow & { record_id: string }>(
    `SELECT record_id, ${columns} FROM records WHERE office_id = $1 AND kind = $2`,
    [officeId, kind],
  );
  return new Map(rows.map((row) => [`${kind}:${row.record_id}`, stored(row)]));
}

/** Who wrote a record: a device's op, or the server itself (null). */
export type WrittenBy = { deviceId: string; opId: string } | null;

/**
 * Inserts or replaces records in one statement, each stamped with this transaction's id and a
 * new sequence value, and with who wrote it: the row's own `by`, else `by`. A version is an
 * echo only when the row says so (a device's op on its own view, see echo.ts).
 */
export async function writeRecords(
  tx: Sql,
  officeId: string,
  writes: readonly (RecordWrite & { by?: WrittenBy; echo?: boolean })[],
  by: WrittenBy = null,
): Promise<void> {
  if (writes.length === 0) return;
  const rows = writes.map((write) => {
    const writer = write.by === undefined ? by : write.by;
    return {
      kind: write.kind,
      id: write.id,
      case_id: write.caseId ?? null,
      body: write.body,
      changed_by: writer?.deviceId ?? null,
      changed_by_op: writer?.opId ?? null,
      echo: writer !== null && write.echo === true,
    };
  });
  await tx.query(
    `INSERT INTO records (office_id, kind, record_id, case_id, body, changed_xid, changed_seq, changed_by, changed_by_op, echo)
     SELECT $1, r.kind, r.id, r.case_id, r.body, pg_current_xact_id(), nextval('record_change_seq'), r.changed_by, r.changed_by_op, r.echo
       FROM jsonb_to_recordset($2::jsonb)
         AS r (kind text, id text, case_id uuid, body jsonb, changed_by uuid, changed_by_op uuid, echo boolean)
     ON CONFLICT (office_id, kind, record_id) DO UPDATE SET
       body = excluded.body, case_id = excluded.case_id, changed_xid = excluded.changed_xid,
       changed_seq = excluded.changed_seq, changed_by = excluded.changed_by,
       changed_by_op = excluded.changed_by_op, echo = excluded.echo`,
    [officeId, JSON.stringify(rows)],
  );
}
