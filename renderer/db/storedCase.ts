// The sort keys the db layer adds to a case, so the worklist indexes can order by them.
// IndexedDB leaves a row out of a compound index when any part is missing, so both keys
// always have a value.
import { priorityRank, type CaseRecord, type Priority } from '../../shared/cases/records';
import type { StoredCase } from './rows';

/** `dueMs` of a case without a due time: after every real one. */
export const NO_DUE = Number.MAX_SAFE_INTEGER;

const ranks: Readonly<Record<string, number>> = priorityRank;

export interface CaseSortKeys {
  priorityRank: number;
  dueMs: number;
}

/** Tolerant of rows written by older versions: an unknown priority sorts as `none`. */
export function caseSortKeys(record: {
  priority: Priority | string;
  dueAt?: string;
}): CaseSortKeys {
  const due = record.dueAt === undefined ? Number.NaN : Date.parse(record.dueAt);
  return {
    priorityRank: ranks[record.priority] ?? priorityRank.none,
    dueMs: Number.isFinite(due) ? due : NO_DUE,
  };
}

export function storedCase(record: CaseRecord): StoredCase {
  return { ...record, ...caseSortKeys(record) };
}

/** The record as the commands (and the server) know it, without the db layer's keys. */
export function caseRecordOf(stored: StoredCase): CaseRecord {
  const record: CaseRecord & Partial<CaseSortKeys> = { ...stored };
  delete record.priorityRank;
  delete record.dueMs;
  return record;
}
