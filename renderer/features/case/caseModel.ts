import { paperRequirements } from '../../../shared/cases/papers';
import type { CaseRecord } from '../../../shared/cases/records';
import { evaluateCondition } from '../../../shared/standards/conditions';
import type { Catalog } from '../../../shared/standards/catalog';
import type { Office, Requirement } from '../../../shared/standards/schema';
import { branchesTo } from '../../../shared/workflow/branches';
import { stationById, type Actor, type CaseSla, type Station } from '../../../shared/workflow';
import { trackProfile, type TrackProfile } from '../intake/trackProfile';
import { caseClock, measureCase, measureSteps } from '../sla/caseClock';
import { caseActions, type CaseActions } from './caseActions';
import { caseNotice } from './caseNotice';
import { historyLog, type HistoryItem } from './historyLog';
import { caseTimeline, type TimelineStep } from './timeline';

/** Everything the case screen shows, derived from the record and the case's own standard version. */
export interface CaseModel {
  serviceLabel: string;
  station?: Station;
  sla?: CaseSla;
  steps: TimelineStep[];
  history: HistoryItem[];
  actions: CaseActions;
  papers: Requirement[];
  /** What the case's track asks of the registry check, the BPJS status and the reason. */
  profile?: TrackProfile;
  notice?: string;
  referTo?: string;
  /** The case's standard version is missing from this device's catalog. */
  unknownStandard: boolean;
}

export interface ModelContext {
  catalog: Catalog;
  office: Office;
  actor: Actor;
  now: Date;
  holidays?: readonly string[];
}

const noActions: CaseActions = { primary: [], secondary: [] };

export function caseModel(record: CaseRecord, context: ModelContext): CaseModel {
  let clock;
  try {
    clock = caseClock(context.catalog, context.office, record, context.holidays);
  } catch {
    return {
      serviceLabel: record.serviceCode,
      steps: [],
      history: [],
      actions: noActions,
      papers: [],
      unknownStandard: true,
    };
  }
  const { standard, workflow } = clock;
  const papers = paperRequirements(standard, record.trackId);
  const requirementLabel = (id: string) =>
    standard.requirements.find((requirement) => requirement.id === id)?.label ?? id;
  const station = stationById(workflow, record.stationId);
  const track = standard.tracks.find((candidate) => candidate.id === record.trackId);
  const referTo = station
    ? branchesTo(station, 'refer').find(
        (branch) => evaluateCondition(branch.when, record.workflow.facts) === true,
      )?.referTo
    : undefined;
  const notice = caseNotice(record.workflow, requirementLabel);
  return {
    serviceLabel: track?.label ?? standard.title,
    ...(station ? { station } : {}),
    sla: measureCase(clock, record, context.now),
    steps: caseTimeline(workflow, record.workflow, measureSteps(clock, record, context.now)),
    history: historyLog(workflow, record.workflow, requirementLabel),
    actions: caseActions(workflow, record.workflow, context.actor),
    papers,
    ...(track ? { profile: trackProfile(standard, track.id) } : {}),
    ...(notice ? { notice } : {}),
    ...(referTo ? { referTo } : {}),
    unknownStandard: false,
  };
}
