// Restores the database from a backup stream, all or nothing: one read-write transaction over
// every table clears them once the header is accepted, writes the rows as they arrive and
// commits only after the decoder's `end` (every count and SHA-256 matched) and a count of every
// table. Anything else (a bad header, a changed byte, a cut stream, a failed write) aborts the
// transaction and the database is as it was. Main verifies the file first; this does not rely
// on it. The stream is awaited through `Dexie.waitFor`, which keeps the transaction open.
// A backup of an older release is restored the same way into a scratch database of its own
// version, which is then opened at the latest one (running the upgrades of versions.ts) and
// copied over in one transaction: the rows arrive exactly as an upgraded counter would hold
// them, and until the copy commits nothing of the counter's database has changed.
import { Dexie, type IndexableType, type Table } from 'dexie';
import { checkTables, createBackupDecoder, type BackupItem } from '../../../shared/backup/decoder';
import {
  BackupFormatError,
  type BackupCounts,
  type BackupHeader,
} from '../../../shared/backup/format';
import type { LoketDb } from '../database';
import { declareVersions } from '../versions';
import { makeBlobs } from './blobs';
import { backupDbMessages as m } from './messages';

/** Rows written per `bulkAdd`. */
export const IMPORT_BATCH_ROWS = 500;

export type ImportResult =
  | { ok: true; value: { counts: BackupCounts; createdAt: string } }
  | { ok: false; code: string; message: string };

/** Waiting for the next chunk may take longer than one IndexedDB request (IPC, a slow stick). */
const CHUNK_WAIT_MS = 5 * 60 * 1000;

/** Why the import stopped other than the stream itself; `message` is Indonesian. */
class ImportStopped extends Error {
  override name = 'ImportStopped';
  constructor(
    readonly code: 'count-mismatch' | 'read-failed',
    message: string,
  ) {
    super(message);
  }
}

type Decoder = ReturnType<typeof createBackupDecoder>;
type Source = AsyncIterator<Uint8Array>;

/** Awaits `work` (outside Dexie) while a transaction stays open. */
const outside = <T>(work: () => Promise<T>) =>
  Dexie.waitFor(Dexie.ignoreTransaction(work), CHUNK_WAIT_MS);

/** Reads the stream up to its header; the items decoded so far, the header among them. */
async function readHeader(
  decoder: Decoder,
  source: Source,
): Promise<{ header: BackupHeader; items: BackupItem[] }> {
  const items: BackupItem[] = [];
  for (;;) {
    const next = await source.next();
    items.push(...(next.done ? [decoder.end()] : decoder.push(next.value)));
    const first = items[0];
    if (first?.kind === 'header') return { header: first.header, items };
  }
}

/** Writes the backup's rows into `db` in one transaction, after the items already decoded. */
function writeRows(db: Dexie, decoder: Decoder, source: Source, decoded: BackupItem[]) {
  return db.transaction('rw', db.tables, async () => {
    const batches = new Map<string, unknown[]>();
    const flush = async (table: string) => {
      const rows = batches.get(table) ?? [];
      batches.set(table, []);
      if (rows.length > 0) await db.table(table).bulkAdd(rows);
    };
    let createdAt = '';
    let items = decoded;
    for (;;) {
      for (const item of items) {
        if (item.kind === 'header') {
          createdAt = item.header.createdAt;
          await Promise.all(db.tables.map((table) => table.clear()));
        } else if (item.kind === 'row') {
          const batch = batches.get(item.table) ?? [];
          batch.push(makeBlobs(item.row));
          batches.set(item.table, batch);
          if (batch.length >= IMPORT_BATCH_ROWS) await flush(item.table);
        } else {
          for (const table of db.tables) await flush(table.name);
          for (const table of db.tables) {
            if ((await table.count()) !== item.counts[table.name]) {
              throw new ImportStopped('count-mismatch', m.countMismatch(table.name));
            }
          }
          return { counts: item.counts, createdAt };
        }
      }
      // The function form runs the stream outside the transaction's zone: its own awaits (IPC,
      // a slow stick) must not count as the transaction's. One wait per chunk, not per row.
      const next = await outside(() => source.next());
      items = next.done ? [decoder.end()] : decoder.push(next.value);
    }
  });
}

/** One primary-key page of `table` after `last`. */
function pageOf(table: Table, last: IndexableType | undefined): Promise<object[]> {
  return (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
    .limit(IMPORT_BATCH_ROWS)
    .toArray();
}

/** Replaces every row of `db` with those of `from` (same schema), in one transaction. */
function copyInto(db: LoketDb, from: Dexie) {
  return db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const table of db.tables) {
      const source = from.table(table.name);
      const { keyPath } = source.schema.primKey;
      if (keyPath === undefined) throw new TypeError(`${table.name}: key outside the row`);
      let last: IndexableType | undefined;
      for (;;) {
        const page = await outside(() => pageOf(source, last));
        await table.bulkAdd(page);
        const end = page.at(-1);
        if (page.length < IMPORT_BATCH_ROWS || end === undefined) break;
        last = Dexie.getByKeyPath(end, keyPath) as IndexableType;
      }
      const expected = await outside(() => source.count());
      if ((await table.count()) !== expected) {
        throw new ImportStopped('count-mismatch', m.countMismatch(table.name));
      }
    }
  });
}

/** Replaces every row of `db` with the backup's; changes nothing unless all of it is good. */
export async function importDb(
  db: LoketDb,
  chunks: AsyncIterable<Uint8Array>,
): Promise<ImportResult> {
  await db.open();
  const decoder = createBackupDecoder({ dbVersion: db.verno, oldestDbVersion: 1 });
  const source = chunks[Symbol.asyncIterator]();
  const scratchName = `${db.name}-pemulihan`;
  let scratch: Dexie | undefined;
  try {
    const { header, items } = await readHeader(decoder, source);
    if (header.dbVersion === db.verno) {
      checkTables(
        header,
        db.tables.map((table) => table.name),
      );
      return { ok: true, value: await writeRows(db, decoder, source, items) };
    }
    // An older release's backup: restored as that release had it, then upgraded and copied.
    await Dexie.delete(scratchName);
    scratch = new Dexie(scratchName);
    declareVersions(scratch, header.dbVersion);
    await scratch.open();
    checkTables(
      header,
      scratch.tables.map((table) => table.name),
    );
    const value = await writeRows(scratch, decoder, source, items);
    scratch.close();
    scratch = new Dexie(scratchName);
    declareVersions(scratch);
    await scratch.open();
    await copyInto(db, scratch);
    return { ok: true, value };
  } catch (error) {
    await source.return?.(undefined).catch(() => undefined);
    if (error instanceof BackupFormatError || error instanceof ImportStopped) {
      return { ok: false, code: error.code, message: error.message };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'failed', message: m.writeFailed(detail) };
  } finally {
    if (scratch) {
      scratch.close();
      await Dexie.delete(scratchName);
    }
  }
}

/**
 * The chunks of a restore as main hands them out (`readRestoreChunk` until null); a failed
 * read ends the stream with its message, which aborts the import.
 */
export async function* restoreChunks(
  read: () => Promise<{ ok: true; value: Uint8Array | null } | { ok: false; message: string }>,
): AsyncGenerator<Uint8Array> {
  for (;;) {
    const next = await read();
    if (!next.ok) throw new ImportStopped('read-failed', m.readFailed(next.message));
    if (next.value === null) return;
    yield next.value;
  }
}
