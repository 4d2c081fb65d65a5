// The backup stream: NDJSON in UTF-8. The first line is the header, then one line per row
// (`{"t":"cases","r":{…}}`, values as values.ts writes them), then the trailer with each
// table's row count and SHA-256 (over its row lines, newline included, in stream order) and
// the SHA-256 of everything before the trailer (`head -n -1 file | sha256sum`). Nothing may
// follow the trailer. A change the reader of version 1 cannot read raises `formatVersion`.
import { z } from 'zod';

export const BACKUP_FORMAT = 'loket-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The encoder's chunk size: large enough for few IPC calls, small enough to stream. */
export const BACKUP_CHUNK_BYTES = 256 * 1024;

/** A row line longer than this is refused: no real row is, and garbage must not fill memory. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The Dexie schema version the rows have. */
  dbVersion: z.number().int().min(1),
  /** ISO instant, UTC. */
  createdAt: z.iso.datetime(),
  /** The office code the file name carries. */
  office: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  /** Every table in the backup, in stream order; a table with no rows is listed too. */
  tables: z.array(tableName).min(1).max(100),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupTrailerSchema = z.strictObject({
  end: z.strictObject({
    rows: z.record(tableName, z.number().int().min(0)),
    sha256: z.record(tableName, sha256Hex),
    all: sha256Hex,
  }),
});
export type BackupTrailer = z.infer<typeof backupTrailerSchema>;

/** Row counts per table, as the trailer has them. */
export type BackupCounts = Record<string, number>;

export type BackupErrorCode =
  | 'not-backup'
  | 'format-too-new'
  | 'bad-header'
  | 'db-too-new'
  | 'db-too-old'
  | 'tables-mismatch'
  | 'bad-line'
  | 'unsupported-value'
  | 'unknown-table'
  | 'line-too-long'
  | 'truncated'
  | 'after-trailer'
  | 'count-mismatch'
  | 'hash-mismatch';

/** Why a stream is not a backup this code reads, or a row it cannot write (Indonesian `message`). */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
