// Restores the database from a backup stream, all or nothing: one read-write transaction over
// every table clears them once the header is accepted, writes the rows as they arrive and
// commits only after the decoder's `end` (every count and SHA-256 matched) and a count of every
// table. Anything else (a bad header, a changed byte, a cut stream, a failed write) aborts the
// transaction and the database is as it was. Main verifies the file first; this does not rely
// on it. The stream is awaited through `Dexie.waitFor`, which keeps the transaction open.
import { Dexie } from 'dexie';
import { createBackupDecoder } from '../../../shared/backup/decoder';
import { BackupFormatError, type BackupCounts } from '../../../shared/backup/format';
import type { LoketDb } from '../database';
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

/** Replaces every row of `db` with the backup's; changes nothing unless all of it is good. */
export async function importDb(
  db: LoketDb,
  chunks: AsyncIterable<Uint8Array>,
): Promise<ImportResult> {
  await db.open();
  const decoder = createBackupDecoder({
    dbVersion: db.verno,
    tables: db.tables.map((table) => table.name),
  });
  const source = chunks[Symbol.asyncIterator]();
  try {
    const value = await db.transaction('rw', db.tables, async () => {
      const batches = new Map<string, unknown[]>();
      const flush = async (table: string) => {
        const rows = batches.get(table) ?? [];
        batches.set(table, []);
        if (rows.length > 0) await db.table(table).bulkAdd(rows);
      };
      let createdAt = '';
      for (;;) {
        // The function form runs the stream outside the transaction's zone: its own awaits (IPC,
        // a slow stick) must not count as the transaction's. One wait per chunk, not per row.
        const next = await Dexie.waitFor(
          Dexie.ignoreTransaction(() => source.next()),
          CHUNK_WAIT_MS,
        );
        for (const item of next.done ? [decoder.end()] : decoder.push(next.value)) {
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
      }
    });
    return { ok: true, value };
  } catch (error) {
    await source.return?.(undefined).catch(() => undefined);
    if (error instanceof BackupFormatError || error instanceof ImportStopped) {
      return { ok: false, code: error.code, message: error.message };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'failed', message: m.writeFailed(detail) };
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
