import type { CaseRecord, Priority, TurnRole } from '../../../shared/cases/records';
import type { Catalog } from '../../../shared/standards/catalog';
import type { Office } from '../../../shared/standards/schema';
import {
  isTerminal,
  stationById,
  type Actor,
  type CaseSla,
  type CaseStatus,
} from '../../../shared/workflow';
import { requireStationActor } from '../../../shared/workflow/roles';
import { stepName } from '../case/stepName';
import { caseClock, measureCase } from '../sla/caseClock';
import { worklistLabels } from './labels';

/** One line of the Beranda table, ready to show. */
export interface WorklistRow {
  id: string;
  subjectName: string;
  subjectNik?: string;
  subjectKk?: string;
  serviceCode: string;
  /** The track's published name, shorter than the standard's title. */
  serviceLabel: string;
  stepLabel: string;
  /** The step as published, for a tooltip. */
  stepText?: string;
  status: CaseStatus;
  priority: Priority;
  /** The case waits for the role the clerk works as. */
  myTurn: boolean;
  turnRole: TurnRole | null;
  letterNumber?: string;
  /** Absent when the case's standard version is not in this device's catalog. */
  sla?: CaseSla;
}

export interface RowContext {
  catalog: Catalog;
  office: Office;
  now: Date;
  /** The role the clerk works as. */
  role: TurnRole;
  /** Who is looking: a paraf slot is only their turn under their own position. */
  actor: Actor;
  holidays?: readonly string[];
}

/** The table rows for cases in the order the query gave them, measured on the office's clock. */
export function worklistRows(records: readonly CaseRecord[], context: RowContext): WorklistRow[] {
  return records.map((record) => worklistRow(record, context));
}

export function worklistRow(record: CaseRecord, context: RowContext): WorklistRow {
  const base: WorklistRow = {
    id: record.id,
    subjectName: record.subjectName,
    ...(record.subjectNik ? { subjectNik: record.subjectNik } : {}),
    ...(record.subjectKk ? { subjectKk: record.subjectKk } : {}),
    serviceCode: record.serviceCode,
    serviceLabel: record.serviceCode,
    stepLabel: worklistLabels.unknownStep(record.stationId ?? ''),
    status: record.status,
    priority: record.priority,
    myTurn: false,
    turnRole: record.turnRole,
    ...(record.letterNumber ? { letterNumber: record.letterNumber } : {}),
  };
  let clock;
  try {
    clock = caseClock(context.catalog, context.office, record, context.holidays);
  } catch {
    return { ...base, serviceLabel: worklistLabels.unknownService };
  }
  const track = clock.standard.tracks.find((candidate) => candidate.id === record.trackId);
  const station = stationById(clock.workflow, record.stationId);
  const open = !isTerminal(record.status);
  return {
    ...base,
    myTurn:
      open &&
      record.turnRole === context.role &&
      station !== undefined &&
      requireStationActor(clock.workflow, station, context.actor) === undefined,
    serviceLabel: track?.label ?? clock.standard.title,
    stepLabel: !open ? worklistLabels.closedStep : station ? stepName(station) : base.stepLabel,
    ...(station && open ? { stepText: station.label } : {}),
    sla: measureCase(clock, record, context.now),
  };
}
