// The Beranda's reads from the counter database: the worklist page and the search box,
// each completed with the full case records the SLA clock and the step names need.
import type { CaseRecord, TurnRole } from '../../../shared/cases/records';
import type { CaseStatus } from '../../../shared/workflow';
import type { LoketDb } from '../../db/database';
import { searchCases, worklist, type CaseSummary } from '../../db/queries';
import { caseRecordOf } from '../../db/storedCase';

export interface WorklistFilters {
  serviceCode?: string;
  status: CaseStatus;
  month?: string;
}

export interface WorklistPageData {
  records: CaseRecord[];
  /** Cases matching the filters that wait for the role (all pages). */
  myTurnCount: number;
  /** The count stopped at its cap: more cases wait than `myTurnCount`. */
  myTurnCountCapped: boolean;
  hasMore: boolean;
}

export async function loadWorklistPage(
  db: LoketDb,
  query: { role: TurnRole; filters: WorklistFilters; pageSize: number; page: number },
): Promise<WorklistPageData> {
  const { rows, myTurnCount, myTurnCountCapped } = await worklist(db, {
    role: query.role,
    filters: query.filters,
    // One more than shown, to know whether a next page exists.
    limit: query.pageSize + 1,
    offset: query.page * query.pageSize,
  });
  const records = await fullRecords(db, rows.slice(0, query.pageSize));
  return { records, myTurnCount, myTurnCountCapped, hasMore: rows.length > query.pageSize };
}

export async function searchWorklist(db: LoketDb, text: string): Promise<CaseRecord[]> {
  return fullRecords(db, await searchCases(db, text));
}

async function fullRecords(db: LoketDb, rows: readonly CaseSummary[]): Promise<CaseRecord[]> {
  const stored = await db.cases.bulkGet(rows.map((row) => row.id));
  return stored.filter((row) => row !== undefined).map(caseRecordOf);
}
