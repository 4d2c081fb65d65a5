// The records one push batch reads and writes. Ops are decided one after another in memory, on
// what the database held plus what the batch's earlier ops wrote; the cases of the batch are
// read (and locked) in one query up front, and everything decided is written in a few
// statements at the end: a refused op never wrote anything, so no savepoint is needed, and a
// failure at the end stores nothing of the batch. See server/README.md, "Push".
import type { RecordKind } from '../../shared/sync/pull';
import type { Sql } from '../db/database';
import {
  readKind,
  readRecords,
  writeRecords,
  type RecordWrite,
  type StoredRecord,
  type WrittenBy,
} from './records';

const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;

export interface BatchWrite extends RecordWrite {
  /** The device's op that wrote it, or null for the server itself. */
  by: WrittenBy;
  /** Whether it is what the device computed itself (see echo.ts). */
  echo: boolean;
}

export class BatchRecords {
  /** What the database held, by `kind:id`; `null` when it held nothing. */
  private readonly known = new Map<string, StoredRecord | null>();
  /** The document ids of each loaded case, stored or written in this batch. */
  private readonly documentIds = new Map<string, Set<string>>();
  /** The last version each record got in this batch, with the op that wrote it. */
  private readonly pending = new Map<string, BatchWrite>();

  constructor(
    private readonly tx: Sql,
    private readonly officeId: string,
  ) {}

  /** Reads and locks the named cases and their documents, in id order, in one query. */
  async loadCases(caseIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(caseIds)].filter((id) => !this.documentIds.has(id)).sort();
    if (wanted.length === 0) return;
    const { rows } = await this.tx.query<{
      kind: 'case' | 'document';
      record_id: string;
      case_id: string | null;
      body: unknown;
      changed_xid: string;
      changed_seq: string;
      changed_by: string | null;
      changed_by_op: string | null;
      echo: boolean;
    }>(
      `SELECT kind, record_id, case_id::text, body, changed_xid::text, changed_seq::text, changed_by, changed_by_op, echo
         FROM records
        WHERE office_id = $1 AND kind IN ('case', 'document') AND case_id = ANY($2::uuid[])
        ORDER BY case_id, kind, record_id
        FOR UPDATE`,
      [this.officeId, wanted],
    );
    for (const id of wanted) {
      this.documentIds.set(id, new Set());
      if (!this.known.has(keyOf('case', id))) this.known.set(keyOf('case', id), null);
    }
    for (const row of rows) {
      const record: StoredRecord = {
        body: row.body as StoredRecord['body'],
        changedXid: row.changed_xid,
        changedSeq: row.changed_seq,
        changedBy: row.changed_by,
        changedByOp: row.changed_by_op,
        echo: row.echo,
      };
      this.known.set(keyOf(row.kind, row.record_id), record);
      if (row.kind === 'document' && row.case_id !== null) {
        this.documentIds.get(row.case_id)?.add(row.record_id);
      }
    }
  }

  /** The record as this batch sees it now: written earlier in the batch, or as stored. */
  async get<K extends RecordKind>(kind: K, id: string): Promise<StoredRecord<K> | undefined> {
    return (await this.getMany([{ kind, id }])).get(keyOf(kind, id)) as StoredRecord<K> | undefined;
  }

  /** Several records at once; what the batch has not seen yet is read in one query. */
  async getMany(
    keys: readonly { kind: RecordKind; id: string }[],
  ): Promise<Map<string, StoredRecord>> {
    const missing = keys.filter(({ kind, id }) => !this.known.has(keyOf(kind, id)));
    if (missing.length > 0) {
      const found = await readRecords(this.tx, this.officeId, missing);
      for (const { kind, id } of missing) {
        this.known.set(keyOf(kind, id), found.get(keyOf(kind, id)) ?? null);
      }
    }
    const result = new Map<string, StoredRecord>();
    for (const { kind, id } of keys) {
      const record = this.current(kind, id);
      if (record) result.set(keyOf(kind, id), record);
    }
    return result;
  }

  /** A loaded case's documents as the batch sees them now. */
  documentsOf(caseId: string): StoredRecord<'document'>[] {
    const ids = this.documentIds.get(caseId);
    if (!ids) throw new Error(`case ${caseId} was not loaded`);
    return [...ids].sort().flatMap((id) => {
      const record = this.current('document', id);
      return record ? [record as StoredRecord<'document'>] : [];
    });
  }

  /** Every stored record of a kind (the accounts), with this batch's writes over them. */
  async all<K extends RecordKind>(kind: K): Promise<StoredRecord<K>[]> {
    for (const [key, record] of await readKind(this.tx, this.officeId, kind)) {
      if (!this.known.has(key)) this.known.set(key, record);
    }
    const ids = new Set(
      [...this.known.keys(), ...this.pending.keys()]
        .filter((key) => key.startsWith(`${kind}:`))
        .map((key) => key.slice(kind.length + 1)),
    );
    return [...ids].sort().flatMap((id) => {
      const record = this.current(kind, id);
      return record ? [record as StoredRecord<K>] : [];
    });
  }

  write(writes: readonly RecordWrite[], by: WrittenBy, echo = false): void {
    for (const write of writes) {
      this.pending.set(keyOf(write.kind, write.id), { ...write, by, echo });
      if (write.kind === 'document' && write.caseId !== undefined) {
        this.documentIds.get(write.caseId)?.add(write.id);
      }
    }
  }

  /** Writes every record the batch changed, each stamped with the op that wrote it last. */
  async flush(): Promise<void> {
    await writeRecords(this.tx, this.officeId, [...this.pending.values()]);
  }

  private current(kind: RecordKind, id: string): StoredRecord | undefined {
    const written = this.pending.get(keyOf(kind, id));
    if (written) {
      // Not stored yet: what conflicts need is who wrote it; pull positions come at commit.
      return {
        body: written.body as StoredRecord['body'],
        changedXid: '0',
        changedSeq: '0',
        changedBy: written.by?.deviceId ?? null,
        changedByOp: written.by?.opId ?? null,
        echo: written.echo,
      };
    }
    return this.known.get(keyOf(kind, id)) ?? undefined;
  }
}
