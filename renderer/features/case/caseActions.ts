import type { CaseCommandType } from '../../../shared/commands/registry';
import { evaluateCondition } from '../../../shared/standards/conditions';
import {
  eventRoles,
  isTerminal,
  stationById,
  type Actor,
  type CaseState,
  type StaffRole,
  type Station,
  type Workflow,
} from '../../../shared/workflow';
import { branchesTo } from '../../../shared/workflow/branches';
import { requireStationActor, stationRoles } from '../../../shared/workflow/roles';

/** The actions of the case screen; each is one business command. */
export type CaseAction = Extract<
  CaseCommandType,
  | 'case.checkDocuments'
  | 'case.returnDocuments'
  | 'case.resubmit'
  | 'case.recordRegistryCheck'
  | 'case.recordBpjsStatus'
  | 'case.recordReason'
  | 'case.completeStep'
  | 'case.submitForParaf'
  | 'case.paraf'
  | 'case.sign'
  | 'case.handOver'
  | 'case.sendBack'
  | 'case.refer'
  | 'case.decline'
  | 'case.cancel'
  | 'case.recordOutcome'
  | 'case.setPriority'
  | 'case.addNote'
>;

const workingRoles: readonly StaffRole[] = ['fo', 'bo', 'reviewer', 'signer'];

/** The command that finishes a station of each kind (registry checks finish by recording the check). */
const stationCommand: Partial<Record<Station['kind'], CaseAction>> = {
  arrive: 'case.completeStep',
  receive: 'case.checkDocuments',
  checkPapers: 'case.checkDocuments',
  registryCheck: 'case.recordRegistryCheck',
  confirmExternal: 'case.completeStep',
  register: 'case.completeStep',
  draft: 'case.submitForParaf',
  paraf: 'case.paraf',
  sign: 'case.sign',
  record: 'case.completeStep',
  handOver: 'case.handOver',
  deliver: 'case.completeStep',
  submitBatch: 'case.completeStep',
  awaitOutcome: 'case.completeStep',
};

export interface CaseActions {
  /** The station's own work: the main button, when this person may do it. */
  primary: CaseAction[];
  /** Everything else this person may do now, in the order the buttons show. */
  secondary: CaseAction[];
}

const holds = (roles: readonly StaffRole[], actor: Actor) =>
  roles.some((role) => actor.roles.includes(role));

/**
 * What this person may do on the case now, from the published workflow, the
 * station's roles and positions (`stationRoles`, paraf slot, signers) and the
 * event roles. An action the person may not take is not offered at all.
 */
export function caseActions(workflow: Workflow, state: CaseState, actor: Actor): CaseActions {
  const primary: CaseAction[] = [];
  const secondary: CaseAction[] = [];
  const canNote = holds(workingRoles, actor);
  if (isTerminal(state.status)) return { primary, secondary: canNote ? ['case.addNote'] : [] };

  const canFacts = holds(eventRoles.recordFacts, actor);
  const station = stationById(workflow, state.stationId);
  if (state.status === 'returned') {
    if (holds(eventRoles.resubmit, actor)) primary.push('case.resubmit');
  } else if (station) {
    primary.push(...stationWork(workflow, state, station, actor));
  }
  if (state.status === 'open' && !primary.includes('case.recordRegistryCheck')) {
    if (holds(registryCheckRoles(workflow, station), actor)) {
      secondary.push('case.recordRegistryCheck');
    }
  }
  if (state.status === 'open' && canFacts) secondary.push('case.recordBpjsStatus');
  if (canFacts) secondary.push('case.recordReason');
  const outcome = state.status === 'open' && station && mayRecordOutcome(workflow, station, actor);
  if (outcome && station.kind === 'awaitOutcome') primary.push('case.recordOutcome');
  else if (outcome) secondary.push('case.recordOutcome');
  if (canFacts) secondary.push('case.setPriority');
  if (canNote) secondary.push('case.addNote');
  if (mayDecline(state, station, actor)) secondary.push('case.decline');
  if (holds(eventRoles.cancel, actor)) secondary.push('case.cancel');
  return { primary, secondary };
}

/**
 * Who records the DTKS/DTSEN check outside its own step: the counter role of the published
 * registry-check step; where the standard publishes none, the counter role that holds the case
 * now (the front office at the counter, the back office once the papers have gone to it).
 */
function registryCheckRoles(
  workflow: Workflow,
  station: Station | undefined,
): readonly StaffRole[] {
  const counter: readonly StaffRole[] = eventRoles.recordFacts;
  const owner =
    workflow.stations.find((candidate) => candidate.kind === 'registryCheck') ?? station;
  const holders = owner ? stationRoles[owner.actor].filter((role) => counter.includes(role)) : [];
  return holders.length > 0 ? holders : counter;
}

function stationWork(
  workflow: Workflow,
  state: CaseState,
  station: Station,
  actor: Actor,
): CaseAction[] {
  if (requireStationActor(workflow, station, actor)) return [];
  const work: CaseAction[] = [];
  const refers = branchesTo(station, 'refer').some(
    (branch) => evaluateCondition(branch.when, state.facts) === true,
  );
  const last = workflow.stations.at(-1)?.id === station.id;
  const own = stationCommand[station.kind];
  if (own && !refers && !(station.kind === 'awaitOutcome' && last)) work.push(own);
  if (refers) work.push('case.refer');
  if (station.kind === 'checkPapers' || branchesTo(station, 'returnPapers').length > 0) {
    work.push('case.returnDocuments');
  }
  if (station.kind === 'paraf' || station.kind === 'sign') work.push('case.sendBack');
  return work;
}

function mayRecordOutcome(workflow: Workflow, station: Station, actor: Actor): boolean {
  if (!holds(eventRoles.recordOutcome, actor)) return false;
  const firstWait = workflow.stations.findIndex((candidate) => candidate.kind === 'awaitOutcome');
  const here = workflow.stations.findIndex((candidate) => candidate.id === station.id);
  return firstWait >= 0 && here >= firstWait;
}

function mayDecline(state: CaseState, station: Station | undefined, actor: Actor): boolean {
  if (!holds(eventRoles.decline, actor) || state.signed) return false;
  return !(state.status === 'open' && station?.kind === 'awaitOutcome');
}
