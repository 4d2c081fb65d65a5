// Every schema version of the `loket` database, oldest first. Add the next one at the end as
// `db.version(n).stores({ <changed tables only> }).upgrade(...)`, never edit an earlier one,
// and give its upgrade a test in versions.test.ts that opens real old rows.
import type { Dexie, Transaction } from 'dexie';
import { caseSortKeys } from './storedCase';

/** Version 1: the tables and the worklist indexes of the first release. */
export const storesV1 = {
  cases:
    'id, status, priority, serviceCode, dueAt, updatedAt, subjectNik, subjectKk, subjectNameKey, letterNumber, turnRole, month, [turnRole+status]',
  persons: 'id, nik, kk, nameKey',
  documents: 'id, caseId',
  blobs: 'id, caseId, createdAt',
  letters: 'id, caseId, letterNumber',
  complaints: 'id, caseId, status, createdAt',
  audit: 'id, caseId, at, userId, [caseId+at]',
  outbox: 'opId, &seq, status, [status+seq]',
  meta: 'key',
  users: 'id, nip, *roles',
} as const;

/**
 * Version 2: cases carry numeric sort keys (`priorityRank`, `dueMs`), so "open cases, priority
 * first, then due time" and the same for one role are single index ranges. `[turnRole+status]`
 * goes: the longer index answers it as a prefix.
 */
export const storesV2 = {
  cases:
    'id, status, priority, serviceCode, dueAt, updatedAt, subjectNik, subjectKk, subjectNameKey, letterNumber, turnRole, month, [status+priorityRank+dueMs], [turnRole+status+priorityRank+dueMs]',
} as const;

async function addCaseSortKeys(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: { priority: string; dueAt?: string }) => {
      Object.assign(row, caseSortKeys(row));
    });
}

/**
 * Version 3: issued letters (`letter.issue`) are looked up by number, kind, date and their
 * verification code. Letters stored before (none were written by an earlier release, but a
 * row of the v1 shape upgrades) keep their number under the new field name.
 */
export const storesV3 = {
  letters: 'id, caseId, &number, kind, issuedOn, &verification.code',
} as const;

async function renameLetterNumber(tx: Transaction): Promise<void> {
  await tx
    .table('letters')
    .toCollection()
    .modify(
      (row: { letterNumber?: string; number?: string; issuedAt?: string; issuedOn?: string }) => {
        if (row.number === undefined && row.letterNumber !== undefined)
          row.number = row.letterNumber;
        delete row.letterNumber;
        if (row.issuedOn === undefined && row.issuedAt !== undefined) {
          row.issuedOn = row.issuedAt.slice(0, 10);
        }
      },
    );
}

const versions: readonly ((db: Dexie) => void)[] = [
  (db) => db.version(1).stores(storesV1),
  (db) => db.version(2).stores(storesV2).upgrade(addCaseSortKeys),
  (db) => db.version(3).stores(storesV3).upgrade(renameLetterNumber),
];

/** The version a database has after `declareVersions`. */
export const LATEST_VERSION = versions.length;

/**
 * Declares the schema up to `upTo` (the latest by default): an older one opens a database as
 * that release had it, which is how a backup of an older release is restored (importDb.ts).
 */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  for (const declare of versions.slice(0, upTo)) declare(db);
}
