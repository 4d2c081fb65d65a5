// The backup stream (format.ts) → its header and rows, checked as they pass: the header first
// (format, versions, tables), each line's table, and at the trailer every count and SHA-256.
// The last item, `end`, comes only when all of it matched and nothing follows the trailer: a
// reader that writes rows as they arrive must keep them uncommitted until then. Every refusal
// is a `BackupFormatError`.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { parseWith } from '../letters/verification/parseWith';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  backupHeaderSchema,
  backupTrailerSchema,
  MAX_LINE_BYTES,
  type BackupCounts,
  type BackupHeader,
} from './format';
import { backupMessages as m } from './messages';
import { decodeUtf8 } from './utf8';
import { decodeValue } from './values';

/** What the reader can take; each one given is checked against the header. */
export interface BackupExpectation {
  /**
   * False: check lines, counts and hashes but leave row values undecoded (`row` is undefined),
   * for a reader that only verifies (main), not one that writes the rows.
   */
  values?: boolean;
  /** The database version the rows must have, or the newest they may have (see below). */
  dbVersion?: number;
  /** The oldest version the reader can take too (it upgrades them); `dbVersion` without. */
  oldestDbVersion?: number;
  /** The tables the backup must list, in any order. */
  tables?: readonly string[];
}

export type BackupItem =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'row'; table: string; row: unknown }
  | { kind: 'end'; counts: BackupCounts };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseLine(line: Uint8Array): unknown {
  try {
    return JSON.parse(decodeUtf8(line.subarray(0, line.length - 1)));
  } catch {
    throw new BackupFormatError('bad-line', m.badLine);
  }
}

/** Refuses a backup whose tables are not exactly `tables`, in any order. */
export function checkTables(header: BackupHeader, tables: readonly string[]): void {
  const listed = new Set(header.tables);
  const wanted = new Set(tables);
  const differ = [
    ...header.tables.filter((table) => !wanted.has(table)),
    ...tables.filter((table) => !listed.has(table)),
  ];
  if (differ.length > 0) {
    throw new BackupFormatError('tables-mismatch', m.tablesMismatch(differ.join(', ')));
  }
}

function checkHeader(value: unknown, expect: BackupExpectation): BackupHeader {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupFormatError('not-backup', m.notBackup);
  }
  const version = value.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError('format-too-new', m.formatTooNew(version));
  }
  const parsed = parseWith(backupHeaderSchema, value);
  if (!parsed.ok) throw new BackupFormatError('bad-header', m.badHeader(parsed.details));
  const header = parsed.value;
  if (expect.dbVersion !== undefined && header.dbVersion > expect.dbVersion) {
    throw new BackupFormatError('db-too-new', m.dbTooNew(header.dbVersion, expect.dbVersion));
  }
  const oldest = expect.oldestDbVersion ?? expect.dbVersion;
  if (oldest !== undefined && header.dbVersion < oldest) {
    throw new BackupFormatError('db-too-old', m.dbTooOld(header.dbVersion, oldest));
  }
  const listed = new Set(header.tables);
  if (listed.size !== header.tables.length) {
    throw new BackupFormatError('bad-header', m.badHeader(header.tables.join(', ')));
  }
  if (expect.tables) checkTables(header, expect.tables);
  return header;
}

interface TableState {
  rows: number;
  hash: ReturnType<typeof sha256.create>;
}

function checkTrailer(value: unknown, tables: Map<string, TableState>, all: string): BackupCounts {
  const parsed = parseWith(backupTrailerSchema, value);
  if (!parsed.ok) throw new BackupFormatError('bad-line', m.badLine);
  const { end } = parsed.value;
  for (const [table, state] of tables) {
    const expected = end.rows[table];
    if (expected !== state.rows) {
      throw new BackupFormatError(
        'count-mismatch',
        m.countMismatch(table, expected ?? 0, state.rows),
      );
    }
    if (end.sha256[table] !== bytesToHex(state.hash.digest())) {
      throw new BackupFormatError('hash-mismatch', m.hashMismatch(table));
    }
  }
  const listed = [...Object.keys(end.rows), ...Object.keys(end.sha256)];
  const unknown = listed.find((table) => !tables.has(table));
  if (unknown !== undefined) throw new BackupFormatError('unknown-table', m.unknownTable(unknown));
  if (end.all !== all) throw new BackupFormatError('hash-mismatch', m.hashMismatch('*'));
  return end.rows;
}

/** Cuts chunks into lines, newline included, however the chunks fall. */
function lineSplitter() {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  return {
    push(chunk: Uint8Array): Uint8Array[] {
      const lines: Uint8Array[] = [];
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline + 1);
        start = newline + 1;
        if (pending.length === 0) {
          lines.push(piece);
          continue;
        }
        const line = new Uint8Array(pendingLength + piece.length);
        let offset = 0;
        for (const part of [...pending, piece]) {
          line.set(part, offset);
          offset += part.length;
        }
        pending = [];
        pendingLength = 0;
        lines.push(line);
      }
      if (start < chunk.length) {
        pending.push(chunk.slice(start));
        pendingLength += chunk.length - start;
        if (pendingLength > MAX_LINE_BYTES) {
          throw new BackupFormatError('line-too-long', m.lineTooLong);
        }
      }
      return lines;
    },
    /** Whether a piece without its newline is left: the stream was cut. */
    cut: () => pendingLength > 0,
  };
}

export interface BackupDecoder {
  /** The items the chunk completes; throws a `BackupFormatError` as soon as something is wrong. */
  push(chunk: Uint8Array): BackupItem[];
  /** The stream has ended: `end` when everything matched, else a `BackupFormatError`. */
  end(): Extract<BackupItem, { kind: 'end' }>;
}

/** The decoder as a push parser, for a stream that arrives in calls (IPC) rather than a loop. */
export function createBackupDecoder(expect: BackupExpectation = {}): BackupDecoder {
  const lines = lineSplitter();
  const all = sha256.create();
  let tables: Map<string, TableState> | undefined;
  let counts: BackupCounts | undefined;

  function itemOf(line: Uint8Array): BackupItem | undefined {
    if (counts) throw new BackupFormatError('after-trailer', m.afterTrailer);
    const value = parseLine(line);
    if (!tables) {
      const header = checkHeader(value, expect);
      all.update(line);
      tables = new Map(header.tables.map((table) => [table, { rows: 0, hash: sha256.create() }]));
      return { kind: 'header', header };
    }
    if (isRecord(value) && 'end' in value) {
      counts = checkTrailer(value, tables, bytesToHex(all.digest()));
      return undefined;
    }
    if (!isRecord(value) || typeof value.t !== 'string' || !('r' in value)) {
      throw new BackupFormatError('bad-line', m.badLine);
    }
    if (Object.keys(value).length !== 2) throw new BackupFormatError('bad-line', m.badLine);
    const state = tables.get(value.t);
    if (!state) throw new BackupFormatError('unknown-table', m.unknownTable(value.t));
    state.rows += 1;
    state.hash.update(line);
    all.update(line);
    return {
      kind: 'row',
      table: value.t,
      row: expect.values === false ? undefined : decodeValue(value.r),
    };
  }

  return {
    push(chunk) {
      const items: BackupItem[] = [];
      for (const line of lines.push(chunk)) {
        const item = itemOf(line);
        if (item) items.push(item);
      }
      return items;
    },
    end() {
      if (lines.cut()) throw new BackupFormatError('truncated', m.truncated);
      if (!tables) throw new BackupFormatError('truncated', m.empty);
      if (!counts) throw new BackupFormatError('truncated', m.truncated);
      return { kind: 'end', counts };
    },
  };
}

/** The header, the rows and, once everything is verified, `end`; see the file comment. */
export async function* decodeBackup(
  chunks: AsyncIterable<Uint8Array>,
  expect: BackupExpectation = {},
): AsyncGenerator<BackupItem, void, undefined> {
  const decoder = createBackupDecoder(expect);
  for await (const chunk of chunks) yield* decoder.push(chunk);
  yield decoder.end();
}
