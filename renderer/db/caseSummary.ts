// The few fields a list line shows, so screens do not hold whole records.
import type { CaseRecord, TurnRole } from '../../shared/cases/records';
import type { CaseStatus } from '../../shared/workflow/types';
import type { StoredCase } from './rows';

/** One line of the worklist or of the search results. */
export interface CaseSummary {
  id: string;
  serviceCode: string;
  subjectName: string;
  subjectNik?: string;
  priority: CaseRecord['priority'];
  status: CaseStatus;
  stationId: string | null;
  turnRole: TurnRole | null;
  dueAt?: string;
  caseDueAt?: string;
  letterNumber?: string;
  month: string;
  updatedAt: string;
}

export function summarize(stored: StoredCase): CaseSummary {
  const { id, serviceCode, subjectName, subjectNik, priority, status, stationId, turnRole } =
    stored;
  const { dueAt, caseDueAt, letterNumber, month, updatedAt } = stored;
  return {
    id,
    serviceCode,
    subjectName,
    subjectNik,
    priority,
    status,
    stationId,
    turnRole,
    dueAt,
    caseDueAt,
    letterNumber,
    month,
    updatedAt,
  };
}
