// `GET /v1/pull?cursor=…`: the records of the device's office changed after the cursor, in the
// server's commit order, a page at a time. The cursor is opaque: send back the one you got.
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

export interface PullResponse {
  changes: PulledRecord[];
  /** Where the next pull starts; store it only after applying `changes`. */
  cursor: string;
  /** Whether more changes wait beyond this page. */
  more: boolean;
}

/** The most records one page holds, and the default. */
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;

export type PullErrorCode = 'cursor-invalid' | 'limit-invalid';
