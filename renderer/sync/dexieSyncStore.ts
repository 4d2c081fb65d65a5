// The sync engine's view of the counter's database. Pulled records are the server's truth and
// are written as they come, with one exception: a case that still has ops of this device
// waiting (made after they were pushed, or not yet answered) keeps the counter's copy, and the
// pulled versions of it and its papers and letters are held in `meta.heldRecords`. Once its
// ops are answered the held versions are written; the server's version after those ops
// follows in a later page and replaces them.
import type { Table } from 'dexie';
import type { OfficeProfile } from '../../shared/office/profile';
import type { PulledRecord, PullPage } from '../../shared/sync/pull';
import type { OpEnvelope, OpResult } from '../../shared/sync/push';
import type { SyncStore } from '../../shared/sync/store';
import type { Keyring } from '../../shared/letters/verification/keys';
import type { LoketDb } from '../db/database';
import { metaRow, readMeta } from '../db/meta';
import type {
  DocumentRecord,
  HeldRecord,
  LetterRow,
  OutboxRow,
  PersonRecord,
  StoredCase,
  UserRecord,
} from '../db/rows';
import { storedCase } from '../db/storedCase';
import { basisFor, logPulled } from './pullBasis';

const LOW = -Infinity;
const HIGH = Infinity;

const syncTables = (db: LoketDb) =>
  [db.cases, db.persons, db.documents, db.letters, db.users, db.outbox, db.audit, db.meta] as const;

const pendingRows = (db: LoketDb, limit?: number) => {
  const range = db.outbox.where('[status+seq]').between(['pending', LOW], ['pending', HIGH]);
  return (limit === undefined || !Number.isFinite(limit) ? range : range.limit(limit)).toArray();
};

/**
 * Author and case of outbox rows written before rows carried them (from the audit rows). Rows
 * carry both since the same release: a row with its author and no case is of a command that
 * changed none, and needs no lookup (the audit table is read whole, not by an index).
 */
async function auditOf(db: LoketDb, rows: readonly OutboxRow[]) {
  const wanted = new Set(rows.filter((row) => row.userId === undefined).map((row) => row.opId));
  if (wanted.size === 0) return new Map<string, { userId: string; caseId?: string }>();
  const audit = await db.audit.filter((row) => wanted.has(row.opId)).toArray();
  return new Map(audit.map((row) => [row.opId, row]));
}

/** The cases that have ops of this device waiting. */
async function pendingCases(db: LoketDb): Promise<Set<string>> {
  const rows = await pendingRows(db);
  const audit = await auditOf(db, rows);
  return new Set(rows.flatMap((row) => row.caseId ?? audit.get(row.opId)?.caseId ?? []));
}

function caseOf(record: PulledRecord): string | undefined {
  if (record.kind === 'case') return record.id;
  if (record.kind === 'document' || record.kind === 'letter') return record.body.caseId;
  return undefined;
}

/** Keys of both, the pulled entry where both know a key: a key this counter made stays. */
function mergedKeyring(local: Keyring | undefined, pulled: Keyring): Keyring {
  const known = new Set(pulled.keys.map((key) => key.keyId));
  return { keys: [...pulled.keys, ...(local?.keys ?? []).filter((key) => !known.has(key.keyId))] };
}

type MetaRecord = Extract<PulledRecord, { kind: 'officeProfile' | 'keyring' | 'officeKey' }>;

async function writeMetaRecord(db: LoketDb, record: MetaRecord): Promise<void> {
  switch (record.kind) {
    case 'officeProfile': {
      const profile: OfficeProfile = record.body;
      await db.meta.bulkPut([
        metaRow('officeProfile', profile),
        metaRow('numberingSettings', profile.numbering),
      ]);
      return;
    }
    case 'keyring':
      await db.meta.put(
        metaRow('keyring', mergedKeyring(await readMeta(db, 'keyring'), record.body)),
      );
      return;
    case 'officeKey':
      await db.meta.put(metaRow('officeKey', record.body));
      return;
  }
}

const putAll = <T>(table: Table<T, string>, rows: T[]) =>
  rows.length === 0 ? undefined : table.bulkPut(rows);

/**
 * Writes the records, one `bulkPut` per table (IndexedDB applies the puts of a transaction in
 * order, so of two versions of a record the later stays), then the few that go to `meta`, one
 * after the other (a keyring merges with the one before).
 */
async function write(db: LoketDb, records: readonly PulledRecord[]): Promise<void> {
  const cases: StoredCase[] = [];
  const persons: PersonRecord[] = [];
  const documents: DocumentRecord[] = [];
  const letters: LetterRow[] = [];
  const users: UserRecord[] = [];
  const meta: MetaRecord[] = [];
  for (const record of records) {
    if (record.kind === 'case') cases.push(storedCase(record.body));
    else if (record.kind === 'person') persons.push(record.body);
    else if (record.kind === 'document') documents.push(record.body);
    else if (record.kind === 'letter') letters.push(record.body);
    else if (record.kind === 'user') users.push(record.body);
    else meta.push(record);
  }
  await Promise.all([
    putAll(db.cases, cases),
    putAll(db.persons, persons),
    putAll(db.documents, documents),
    putAll(db.letters, letters),
    putAll(db.users, users),
  ]);
  for (const record of meta) await writeMetaRecord(db, record);
}

const heldKey = (record: { kind: string; id: string }) => `${record.kind}:${record.id}`;

/** Writes the held records whose case has nothing waiting any more; keeps the rest. */
async function release(db: LoketDb, held: HeldRecord[]): Promise<HeldRecord[]> {
  if (held.length === 0) return held;
  const waiting = await pendingCases(db);
  const kept = held.filter((record) => waiting.has(record.caseId));
  await write(
    db,
    held.filter((record) => !waiting.has(record.caseId)).map((record) => record as PulledRecord),
  );
  return kept;
}

export function dexieSyncStore(db: LoketDb): SyncStore {
  return {
    pendingCount: () => db.outbox.where('status').equals('pending').count(),

    async pendingOps(limit): Promise<OpEnvelope[]> {
      const rows = await pendingRows(db, limit);
      const audit = await auditOf(db, rows);
      return rows.map((row) => ({
        opId: row.opId,
        seq: row.seq,
        schemaVersion: row.schemaVersion,
        type: row.type,
        userId: row.userId ?? audit.get(row.opId)?.userId ?? '',
        clientTime: row.clientTime,
        payload: row.payload,
      }));
    },

    recordResults: (results: readonly OpResult[]) =>
      db.transaction('rw', syncTables(db), async () => {
        for (const result of results) {
          if (result.status === 'applied' || result.status === 'duplicate') {
            await db.outbox.update(result.opId, { status: 'acked' });
          } else if (result.status === 'rejected') {
            await db.outbox.update(result.opId, {
              status: 'rejected',
              rejection: { code: result.code ?? 'rejected', message: result.message ?? '' },
            });
          }
        }
        const held = (await readMeta(db, 'heldRecords')) ?? [];
        const kept = await release(db, held);
        if (kept.length !== held.length) await db.meta.put(metaRow('heldRecords', kept));
      }),

    pushBasis: async (seq) => basisFor((await readMeta(db, 'pullBasis')) ?? [], seq),

    cursor: () => readMeta(db, 'syncCursor'),

    async blobsToUpload(limit) {
      const waiting = await pendingCases(db);
      const rows = await db.blobs
        .filter((row) => row.uploadedAt === undefined && !waiting.has(row.caseId))
        .limit(limit)
        .toArray();
      return rows.map((row) => ({ sha256: row.id, size: row.size }));
    },

    async readBlob(sha256) {
      const row = await db.blobs.get(sha256);
      if (!row) throw new Error(`blob ${sha256} is not on this counter`);
      return new Uint8Array(await row.data.arrayBuffer());
    },

    async markBlobUploaded(sha256) {
      await db.blobs.update(sha256, { uploadedAt: new Date().toISOString() });
    },

    applyPage: (page: PullPage) =>
      db.transaction('rw', syncTables(db), async () => {
        const waiting = await pendingCases(db);
        const held = new Map(
          ((await readMeta(db, 'heldRecords')) ?? []).map((record) => [heldKey(record), record]),
        );
        const written: PulledRecord[] = [];
        for (const record of page.changes) {
          const caseId = caseOf(record);
          if (caseId !== undefined && waiting.has(caseId)) {
            held.set(heldKey(record), { ...record, caseId });
          } else {
            held.delete(heldKey(record));
            written.push(record);
          }
        }
        await write(db, written);
        const [firstPending] = await pendingRows(db, 1);
        const basis = logPulled(
          (await readMeta(db, 'pullBasis')) ?? [],
          { afterSeq: (await readMeta(db, 'outboxSeq')) ?? 0, cursor: page.cursor },
          firstPending?.seq,
        );
        await db.meta.bulkPut([
          metaRow('heldRecords', [...held.values()]),
          metaRow('syncCursor', page.cursor),
          metaRow('pullBasis', basis),
        ]);
      }),
  };
}
