// The whole database as the backup stream (shared/backup), for main to write: every table in
// primary-key pages, so only a page of rows and one chunk are in memory at a time. Tables are
// read in their declared order, each page in its own read, so a command running meanwhile can
// be in one table and not yet in another; `meta` (the outbox and letter counters) comes after
// `outbox` and `letters`, so a restored counter is never behind a restored row.
import { Dexie, type IndexableType } from 'dexie';
import { encodeBackup, type BackupRow } from '../../../shared/backup/encoder';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
} from '../../../shared/backup/format';
import type { LoketDb } from '../database';
import { readBlobs } from './blobs';

/** Rows read per page. */
export const EXPORT_PAGE_ROWS = 500;

async function* rowsOf(db: LoketDb, pageRows: number): AsyncGenerator<BackupRow> {
  for (const table of db.tables) {
    // Every table of the schema keeps its key in the row (versions.ts), so a page's last row
    // says where the next page starts.
    const { keyPath } = table.schema.primKey;
    if (keyPath === undefined) throw new TypeError(`${table.name}: key outside the row`);
    let last: IndexableType | undefined;
    for (;;) {
      const page: object[] = await (
        last === undefined ? table.orderBy(':id') : table.where(':id').above(last)
      )
        .limit(pageRows)
        .toArray();
      for (const row of page) yield { table: table.name, row: await readBlobs(row) };
      const end = page.at(-1);
      if (page.length < pageRows || end === undefined) break;
      last = Dexie.getByKeyPath(end, keyPath) as IndexableType;
    }
  }
}

/** The backup stream of `db`, in chunks of about 256 KB; `office` is the office code. */
export async function* exportDb(
  db: LoketDb,
  office: string,
  options: { now?: Date; pageRows?: number } = {},
): AsyncGenerator<Uint8Array> {
  await db.open();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    dbVersion: db.verno,
    createdAt: (options.now ?? new Date()).toISOString(),
    office,
    tables: db.tables.map((table) => table.name),
  };
  yield* encodeBackup(header, rowsOf(db, options.pageRows ?? EXPORT_PAGE_ROWS));
}
