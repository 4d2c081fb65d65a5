// `GET /v1/pull?cursor=…&limit=…`: the records of the device's office changed after the cursor,
// in the server's commit order, streamed as NDJSON (`application/x-ndjson`, gzip when accepted):
// one line per record, and after every page of records a checkpoint line `{"cursor","more"}`.
// A device applies a page, then stores its cursor; a response cut off mid-page loses only that
// page, and the next pull starts at the last checkpoint. The cursor is opaque: send back the one
// you got. `more: true` on the last checkpoint of a response means: pull again.
import { z } from 'zod';
import type { CaseRecord, DocumentRecord, PersonRecord } from '../cases/records';
import type { LetterRecord } from '../cases/letterRecord';
import type { Keyring, OfficeKey } from '../letters/verification/keys';
import type { OfficeProfile } from '../office/profile';
import type { UserRecord } from '../users/user';

export const recordKinds = [
  'case',
  'person',
  'document',
  'letter',
  'user',
  'officeProfile',
  'keyring',
  'officeKey',
] as const;
export type RecordKind = (typeof recordKinds)[number];

export interface RecordBodies {
  case: CaseRecord;
  person: PersonRecord;
  document: DocumentRecord;
  letter: LetterRecord;
  user: UserRecord;
  officeProfile: OfficeProfile;
  keyring: Keyring;
  officeKey: OfficeKey;
}

export type PulledRecord = {
  [K in RecordKind]: { kind: K; id: string; body: RecordBodies[K] };
}[RecordKind];

/**
 * A record's outer shape (what the pull stream checks line by line); the body is the
 * server's, written by the shared commands, and is the applier's to read.
 */
export const pulledRecordShape = z.object({
  kind: z.enum(recordKinds),
  id: z.string().min(1),
  body: z.record(z.string(), z.unknown()),
}) as unknown as z.ZodType<PulledRecord>;

/** The line after a page's records. */
export interface PullCheckpoint {
  /** Where the next pull starts; store it only after applying the page's records. */
  cursor: string;
  /** Whether more changes wait beyond this checkpoint. */
  more: boolean;
}

/** The records between two checkpoints, with the checkpoint that closes them. */
export interface PullPage extends PullCheckpoint {
  changes: PulledRecord[];
}

/** The most records one response holds (`limit`), and the default. */
export const MAX_PULL_LIMIT = 100_000;
export const DEFAULT_PULL_LIMIT = 20_000;
/** Records between two checkpoints: about 1 MB of JSON, one transaction on the counter. */
export const PULL_PAGE_RECORDS = 1000;

export type PullErrorCode = 'cursor-invalid' | 'limit-invalid';
