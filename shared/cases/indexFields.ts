import { todayIn } from '../dates/localDate';
import type { Office, ServiceStandard } from '../standards/schema';
import { stationById } from '../workflow/derive';
import { stationRoles } from '../workflow/roles';
import { officeClock } from '../workflow/sla/calendar';
import { caseSla } from '../workflow/sla/caseSla';
import { currentVisit, stationVisits } from '../workflow/sla/stations';
import type { CaseState, Workflow } from '../workflow/types';
import type { CaseRecord, TurnRole } from './records';

/** What the denormalised fields are computed from, besides the case itself. */
export interface IndexEnv {
  standard: ServiceStandard;
  workflow: Workflow;
  office: Office;
  holidays?: readonly string[];
  now: Date;
}

export type IndexFields = Pick<
  CaseRecord,
  'status' | 'stationId' | 'turnRole' | 'dueAt' | 'caseDueAt' | 'updatedAt' | 'month'
>;

/**
 * The worklist fields of a case, from its workflow state:
 * - status and stationId mirror the state (a returned or closed case keeps the
 *   station where it stood);
 * - turnRole: the role of the current station; citizen and external stations are
 *   recorded at the counter, so the first staff role that may record them; none
 *   while the papers are with the citizen or once the case is closed;
 * - dueAt: the due instant of the running station visit (a paraf chain shares
 *   one clock), caseDueAt: the case against the published completion time;
 * - month: `YYYY-MM` of the creation date in the office's time zone.
 */
export function indexFields(state: CaseState, createdAt: string, env: IndexEnv): IndexFields {
  const clock = officeClock(env.office, env.standard, env.holidays);
  const visit = currentVisit(stationVisits(env.workflow, state, clock, env.now));
  const caseDue = caseSla(env.standard, env.workflow, state, clock, env.now).due;
  return {
    status: state.status,
    stationId: state.stationId,
    turnRole: turnRoleOf(state, env.workflow),
    ...(visit?.due ? { dueAt: visit.due.toISOString() } : {}),
    ...(caseDue ? { caseDueAt: caseDue.toISOString() } : {}),
    updatedAt: env.now.toISOString(),
    month: todayIn(env.office.timeZone, new Date(createdAt)).slice(0, 7),
  };
}

/** The record with its worklist fields recomputed; due fields that no longer apply are dropped. */
export function withIndexFields(record: CaseRecord, env: IndexEnv): CaseRecord {
  const fields = indexFields(record.workflow, record.createdAt, env);
  const next: CaseRecord = { ...record, ...fields };
  if (fields.dueAt === undefined) delete next.dueAt;
  if (fields.caseDueAt === undefined) delete next.caseDueAt;
  return next;
}

function turnRoleOf(state: CaseState, workflow: Workflow): TurnRole | null {
  if (state.status !== 'open') return null;
  const station = stationById(workflow, state.stationId);
  if (!station) return null;
  return stationRoles[station.actor].find((role): role is TurnRole => role !== 'admin') ?? null;
}
