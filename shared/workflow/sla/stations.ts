import { stationById } from '../derive';
import type { CaseState, HistoryEntry, Station, Workflow } from '../types';
import { targetDue } from './addWorkingTime';
import type { OfficeClock } from './calendar';
import { measure, type SlaMeasure } from './measure';

/** One stay of the case at one station, measured against the station's published target. */
export interface StationVisit extends SlaMeasure {
  stationId: string;
  label: string;
  /** When the step's clock started: a paraf chain shares one clock from its first slot. */
  stepStartedAt: Date;
}

interface OpenVisit {
  station: Station;
  startedAt: Date;
  stepStartedAt: Date;
}

/**
 * Every station visit of the case, oldest first, read from the history. A
 * station entered again (after a return, a send-back) is a new visit with a
 * fresh clock. Paraf slots of one chain, passed in a row, share the step's
 * target from the moment the first slot was reached.
 */
export function stationVisits(
  workflow: Workflow,
  state: CaseState,
  clock: OfficeClock,
  now: Date,
): StationVisit[] {
  const visits: StationVisit[] = [];
  let open: OpenVisit | undefined;
  const close = (endedAt: Date | undefined) => {
    if (!open) return;
    const due = targetDue(clock, open.stepStartedAt, open.station.target);
    visits.push({
      stationId: open.station.id,
      label: open.station.label,
      stepStartedAt: open.stepStartedAt,
      ...measure(clock.calendar, open.startedAt, due, endedAt, now),
    });
  };
  for (const entry of state.history) {
    const at = new Date(entry.at);
    const entered = enteredStation(workflow, entry);
    if (open && (entered || entry.to.status !== 'open')) {
      const previous = open;
      close(at);
      open = undefined;
      if (entered && continuesChain(previous.station, entered, entry)) {
        open = { station: entered, startedAt: at, stepStartedAt: previous.stepStartedAt };
        continue;
      }
    }
    if (entered) open = { station: entered, startedAt: at, stepStartedAt: at };
  }
  close(undefined);
  return visits;
}

/** The visit still running, if the case is open. */
export function currentVisit(visits: readonly StationVisit[]): StationVisit | undefined {
  const last = visits.at(-1);
  return last && !last.endedAt ? last : undefined;
}

function enteredStation(workflow: Workflow, entry: HistoryEntry): Station | undefined {
  if (entry.to.status !== 'open') return undefined;
  const moved = entry.from.status !== 'open' || entry.from.stationId !== entry.to.stationId;
  return moved ? stationById(workflow, entry.to.stationId) : undefined;
}

function continuesChain(previous: Station, next: Station, entry: HistoryEntry): boolean {
  return (
    entry.event.type === 'complete' &&
    previous.parafSlot !== undefined &&
    next.parafSlot !== undefined &&
    previous.stepId === next.stepId
  );
}
