import type {
  CaseState,
  HistoryEntry,
  Station,
  StationVisit,
  Workflow,
} from '../../../shared/workflow';

/** Where a step stands for the case: passed, being worked on, waiting for the citizen, where it closed, or ahead. */
export type StepState = 'done' | 'current' | 'held' | 'closed' | 'upcoming';

export interface TimelineStep {
  station: Station;
  state: StepState;
  /** The latest stay at the step, with its SLA. */
  visit?: StationVisit;
  /** How often the case has been at this step (more than once after a return or a send-back). */
  visits: number;
  /** Who finished the step and when, for steps already passed. */
  doneBy?: { userId: string; at: string; position?: string };
}

/** The steps of the case's own workflow, in order, each with its stays and who finished it. */
export function caseTimeline(
  workflow: Workflow,
  state: CaseState,
  visits: readonly StationVisit[],
): TimelineStep[] {
  const here = workflow.stations.findIndex((station) => station.id === state.stationId);
  return workflow.stations.map((station, index) => {
    const stays = visits.filter((visit) => visit.stationId === station.id);
    const step: TimelineStep = {
      station,
      state: stepState(state, index, here),
      visits: stays.length,
      ...(stays.length > 0 ? { visit: stays.at(-1) } : {}),
    };
    const finished = step.state === 'done' ? lastCompletion(state.history, station.id) : undefined;
    if (finished) {
      step.doneBy = {
        userId: finished.userId,
        at: finished.at,
        ...(finished.position ? { position: finished.position } : {}),
      };
    }
    return step;
  });
}

function stepState(state: CaseState, index: number, here: number): StepState {
  if (index < here) return 'done';
  if (index > here) return 'upcoming';
  if (state.status === 'open') return 'current';
  return state.status === 'returned' ? 'held' : 'closed';
}

function lastCompletion(
  history: readonly HistoryEntry[],
  stationId: string,
): HistoryEntry | undefined {
  return history.findLast(
    (entry) =>
      entry.event.type === 'complete' &&
      entry.from.stationId === stationId &&
      entry.to.stationId !== stationId,
  );
}
