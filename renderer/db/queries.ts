// What the screens read: the worklist (worklist.ts), the search box, one case, the outbox counter.
import { normalizeName } from '../../shared/validate/name';
import { summarize, type CaseSummary } from './caseSummary';
import type { LoketDb } from './database';
import { readMeta } from './meta';
import type {
  AuditRow,
  CaseRecord,
  DocumentRecord,
  OutboxStatus,
  PersonRecord,
  StoredCase,
} from './rows';
import { caseRecordOf } from './storedCase';

export { summarize, type CaseSummary } from './caseSummary';
export { worklist, type WorklistPage, type WorklistQuery } from './worklist';

// Bounds for the numeric part of `[status+seq]`.
const LOW = -Infinity;
const HIGH = Infinity;

export const SEARCH_LIMIT = 20;

/**
 * The search box: digits (spaces allowed) are a NIK prefix, then a KK prefix; digits with `/`,
 * `.` or `-` are the start of a letter number (`400.9.11/0012/…`); anything else is the start of
 * the subject's name as `normalizeName` writes it. Results in index order, at most `limit`.
 */
export async function searchCases(
  db: LoketDb,
  text: string,
  limit = SEARCH_LIMIT,
): Promise<CaseSummary[]> {
  const trimmed = text.trim();
  const compact = trimmed.replace(/\s+/g, '');
  return db.transaction('r', db.cases, async () => {
    if (/^\d+$/.test(compact)) {
      const byNik = await db.cases.where('subjectNik').startsWith(compact).limit(limit).toArray();
      const byKk =
        byNik.length < limit
          ? await db.cases.where('subjectKk').startsWith(compact).limit(limit).toArray()
          : [];
      return unique([...byNik, ...byKk])
        .slice(0, limit)
        .map(summarize);
    }
    if (/\d/.test(compact) && /[./-]/.test(compact)) {
      const rows = await db.cases.where('letterNumber').startsWith(trimmed).limit(limit).toArray();
      return rows.map(summarize);
    }
    const key = normalizeName(trimmed);
    if (key === '') return [];
    const rows = await db.cases.where('subjectNameKey').startsWith(key).limit(limit).toArray();
    return rows.map(summarize);
  });
}

function unique(rows: StoredCase[]): StoredCase[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

export interface CaseDetail {
  record: CaseRecord;
  /** The applicant and the subject (one person when the applicant asks for themselves). */
  persons: PersonRecord[];
  documents: DocumentRecord[];
  /** Oldest first. */
  audit: AuditRow[];
}

export async function caseDetail(db: LoketDb, caseId: string): Promise<CaseDetail | undefined> {
  return db.transaction('r', [db.cases, db.persons, db.documents, db.audit], async () => {
    const stored = await db.cases.get(caseId);
    if (stored === undefined) return undefined;
    const personIds = [...new Set([stored.applicantId, stored.subjectId])];
    const [persons, documents, audit] = await Promise.all([
      db.persons.bulkGet(personIds),
      db.documents.where('caseId').equals(caseId).toArray(),
      db.audit.where('[caseId+at]').between([caseId, ''], [caseId, '\uffff']).toArray(),
    ]);
    return {
      record: caseRecordOf(stored),
      persons: persons.filter((person) => person !== undefined),
      documents,
      audit,
    };
  });
}

export interface OutboxStats {
  counts: Record<OutboxStatus, number>;
  /** The last `seq` handed out on this device (0 before the first command). */
  lastSeq: number;
  /** The oldest op still waiting to be sent, by `seq`. */
  oldestPending?: { seq: number; clientTime: string };
}

export async function outboxStats(db: LoketDb): Promise<OutboxStats> {
  return db.transaction('r', [db.outbox, db.meta], async () => {
    const count = (status: OutboxStatus) => db.outbox.where('status').equals(status).count();
    const [pending, acked, rejected, lastSeq, oldest] = await Promise.all([
      count('pending'),
      count('acked'),
      count('rejected'),
      readMeta(db, 'outboxSeq'),
      db.outbox.where('[status+seq]').between(['pending', LOW], ['pending', HIGH]).first(),
    ]);
    return {
      counts: { pending, acked, rejected },
      lastSeq: lastSeq ?? 0,
      ...(oldest && { oldestPending: { seq: oldest.seq, clientTime: oldest.clientTime } }),
    };
  });
}
