// Rows → the backup stream (format.ts), in chunks of about `BACKUP_CHUNK_BYTES`, hashing as it
// goes: the rows are read, encoded and sent a page at a time, never held all at once.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  BACKUP_CHUNK_BYTES,
  BackupFormatError,
  type BackupHeader,
  type BackupTrailer,
} from './format';
import { backupMessages as m } from './messages';
import { chunker } from './chunker';
import { encodeUtf8 } from './utf8';
import { encodeValue } from './values';

/** One row of one table; Blobs in it already turned into `blobContent`. */
export interface BackupRow {
  table: string;
  row: unknown;
}

const lineOf = (value: unknown) => encodeUtf8(`${JSON.stringify(value)}\n`);

/**
 * The stream of a backup: the header, every row, the trailer. A row of a table the header
 * does not list, or a value the format cannot carry, throws a `BackupFormatError`.
 */
export async function* encodeBackup(
  header: BackupHeader,
  rows: AsyncIterable<BackupRow>,
  chunkBytes = BACKUP_CHUNK_BYTES,
): AsyncGenerator<Uint8Array, void, undefined> {
  const all = sha256.create();
  const tables = new Map<string, { rows: number; hash: ReturnType<typeof sha256.create> }>(
    header.tables.map((table) => [table, { rows: 0, hash: sha256.create() }]),
  );
  const chunks = chunker(chunkBytes);
  const headerLine = lineOf(header);
  all.update(headerLine);
  const first = chunks.add(headerLine);
  if (first) yield first;
  for await (const { table, row } of rows) {
    const state = tables.get(table);
    if (!state) throw new BackupFormatError('unknown-table', m.unknownTable(table));
    const line = lineOf({ t: table, r: encodeValue(row, `${table}/${state.rows}`) });
    state.rows += 1;
    state.hash.update(line);
    all.update(line);
    const chunk = chunks.add(line);
    if (chunk) yield chunk;
  }
  const trailer: BackupTrailer = {
    end: {
      rows: Object.fromEntries([...tables].map(([table, state]) => [table, state.rows])),
      sha256: Object.fromEntries(
        [...tables].map(([table, state]) => [table, bytesToHex(state.hash.digest())]),
      ),
      all: bytesToHex(all.digest()),
    },
  };
  const last = chunks.add(lineOf(trailer));
  if (last) yield last;
  const rest = chunks.rest();
  if (rest) yield rest;
}
