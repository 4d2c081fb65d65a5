import type { CompletionTime, ServiceStandard } from '../../standards/schema';
import { checkPublishedTotals, type TotalsCheck } from '../../standards/totals';
import { implicitOutcomeStationId } from '../derive';
import { isTerminal } from '../transitions';
import type { CaseState, Workflow } from '../types';
import { addWorkingTime, targetDue } from './addWorkingTime';
import type { OfficeClock } from './calendar';
import { measure, type SlaMeasure } from './measure';

export interface CaseSla extends SlaMeasure {
  /** published: the standard's completion time for the track; stepSum: the station targets chained. */
  basis: 'published' | 'stepSum';
  published?: CompletionTime;
  /** Whether the track's published total agrees with its step times (from `checkPublishedTotals`). */
  totals?: TotalsCheck;
  /** The papers are with the citizen: the clock stands still and restarts on resubmission. */
  paused: boolean;
}

/**
 * The whole case against the published completion time (scope `service`) of
 * its track, or, when the standard publishes none, against the station targets
 * chained one after the other. The clock starts when the case is opened and
 * restarts when completed papers are resubmitted: time with the citizen, and
 * the check that found the papers incomplete, do not count against the office
 * (the standard only accepts complete papers). The published total is taken
 * as is, even where the steps add up to something else (see `totals`).
 */
export function caseSla(
  standard: ServiceStandard,
  workflow: Workflow,
  state: CaseState,
  clock: OfficeClock,
  now: Date,
): CaseSla {
  const startedAt = clockStart(state);
  const published = standard.completionTimes.find(
    (time) =>
      time.scope === 'service' && (time.track === undefined || time.track === workflow.trackId),
  );
  const due = published
    ? addWorkingTime(clock.calendar, startedAt, published.max)
    : chainedDue(workflow, clock, startedAt);
  const endedAt = clockStop(state);
  const totals = published
    ? checkPublishedTotals(standard).find(
        (check) => check.published === published && check.track === workflow.trackId,
      )
    : undefined;
  return {
    basis: published ? 'published' : 'stepSum',
    ...(published ? { published } : {}),
    ...(totals ? { totals } : {}),
    paused: state.status === 'returned',
    ...measure(clock.calendar, startedAt, due, endedAt, now),
  };
}

function clockStart(state: CaseState): Date {
  const entry =
    state.history.findLast((candidate) => candidate.event.type === 'resubmit') ?? state.history[0];
  if (!entry) throw new RangeError('case history is empty; open cases with startCase');
  return new Date(entry.at);
}

/**
 * When the case clock stopped: when the case reached the wait for BPJS/Dinkes
 * that the standard does not publish (the office's part is done then), when
 * the case closed, or when the papers went back to the citizen if it is still
 * returned or was closed while returned.
 */
function clockStop(state: CaseState): Date | undefined {
  const handedOff = state.history.find(
    (entry) => entry.to.stationId === implicitOutcomeStationId && entry.to.status === 'open',
  );
  if (handedOff) return new Date(handedOff.at);
  const last = state.history.at(-1);
  if (!last || !(isTerminal(state.status) || state.status === 'returned')) return undefined;
  if (state.status !== 'returned' && last.from.status !== 'returned') return new Date(last.at);
  const handedBack = state.history.findLast(
    (entry) => entry.to.status === 'returned' && entry.from.status !== 'returned',
  );
  return handedBack ? new Date(handedBack.at) : new Date(last.at);
}

/** Each step's target started where the previous one is due; steps without a target add nothing. */
function chainedDue(workflow: Workflow, clock: OfficeClock, startedAt: Date): Date | undefined {
  const seen = new Set<string>();
  let cursor = startedAt;
  let timed = false;
  for (const station of workflow.stations) {
    if (seen.has(station.stepId)) continue;
    seen.add(station.stepId);
    const due = targetDue(clock, cursor, station.target);
    if (due) {
      cursor = due;
      timed = true;
    }
  }
  return timed ? cursor : undefined;
}
