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

export function declareVersions(db: Dexie): void {
  db.version(1).stores(storesV1);
  db.version(2).stores(storesV2).upgrade(addCaseSortKeys);
}

/** The version a database has after `declareVersions`. */
export const LATEST_VERSION = 2;
