import type { ServiceStandard, Step } from '../standards/schema';
import { WorkflowDefinitionError } from './errors';
import { workflowMessages } from './messages';
import type { Station, Workflow } from './types';

export const implicitOutcomeStationId = 'awaitOutcome.implicit';

/**
 * Builds the state machine of one track: one station per published step in
 * order, a paraf step expanded into one station per slot of its chain, the
 * citizen's pre-visit errands left out, and a final wait for the BPJS/Dinkes
 * answer appended when the track publishes none.
 */
const derived = new WeakMap<ServiceStandard, Map<string, Workflow>>();

/**
 * The workflow of a standard's track, derived once per standard object and track: every command
 * asks for it, and a Workflow is read-only.
 */
export function deriveWorkflow(standard: ServiceStandard, trackId: string): Workflow {
  let tracks = derived.get(standard);
  if (!tracks) {
    tracks = new Map();
    derived.set(standard, tracks);
  }
  let workflow = tracks.get(trackId);
  if (!workflow) {
    workflow = buildWorkflow(standard, trackId);
    tracks.set(trackId, workflow);
  }
  return workflow;
}

function buildWorkflow(standard: ServiceStandard, trackId: string): Workflow {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  if (!track) {
    throw new WorkflowDefinitionError(
      'unknown-track',
      workflowMessages.unknownTrack(standard.serviceCode, trackId),
    );
  }
  const stations = track.steps.filter((step) => step.kind !== 'preVisit').flatMap(stationsOf);
  if (!stations.some((station) => station.kind === 'awaitOutcome')) {
    stations.push({
      id: implicitOutcomeStationId,
      stepId: implicitOutcomeStationId,
      kind: 'awaitOutcome',
      label: workflowMessages.implicitOutcomeLabel,
      actor: 'external',
      target: { kind: 'none' },
      implied: true,
    });
  }
  return {
    serviceCode: standard.serviceCode,
    version: standard.version,
    trackId,
    stations,
    preVisitSteps: track.steps.filter((step) => step.kind === 'preVisit'),
    requirementIds: standard.requirements
      .filter((requirement) => requirement.track === undefined || requirement.track === trackId)
      .map((requirement) => requirement.id),
  };
}

function stationsOf(step: Step): Station[] {
  const base = {
    stepId: step.id,
    kind: step.kind,
    actor: step.actor,
    target: step.target,
    implied: step.implied ?? false,
    ...(step.signers ? { signers: step.signers } : {}),
    ...(step.branches ? { branches: step.branches } : {}),
  };
  if (step.kind !== 'paraf' || !step.parafChain)
    return [{ ...base, id: step.id, label: step.label }];
  const count = step.parafChain.length;
  return step.parafChain.map((slot, index) => ({
    ...base,
    id: `${step.id}.${index + 1}`,
    label: workflowMessages.parafSlotLabel(slot.position, index, count),
    parafSlot: { index, count, position: slot.position },
  }));
}

export function stationById(workflow: Workflow, stationId: string | null): Station | undefined {
  return workflow.stations.find((station) => station.id === stationId);
}

export function stationIndex(workflow: Workflow, stationId: string | null): number {
  return workflow.stations.findIndex((station) => station.id === stationId);
}

/** The positions of a paraf chain, in order, for the station's step. */
export function parafChainOf(workflow: Workflow, station: Station): string[] {
  return workflow.stations.flatMap((candidate) =>
    candidate.stepId === station.stepId && candidate.parafSlot
      ? [candidate.parafSlot.position]
      : [],
  );
}
