import { formatDuration, toMinutes } from './duration';
import { catalogMessages } from './messages';
import type { CompletionTime, Duration, ServiceStandard, Track } from './schema';

export interface StepTotals {
  /** Sum of the minute- and hour-scale step targets, in minutes. */
  minutes: number;
  /** Targets in days, working days or months, which office minutes cannot absorb. */
  longer: Duration[];
  /** Steps with no published time, or a calendar event (cut-off, start of month). */
  untimed: string[];
}

export function sumStepTargets(track: Track): StepTotals {
  const totals: StepTotals = { minutes: 0, longer: [], untimed: [] };
  for (const step of track.steps) {
    if (step.target.kind !== 'duration') {
      totals.untimed.push(step.id);
      continue;
    }
    const minutes = toMinutes(step.target);
    if (minutes === undefined)
      totals.longer.push({ amount: step.target.amount, unit: step.target.unit });
    else totals.minutes += minutes;
  }
  return totals;
}

/** "45 menit + 1 hari": the timed part of a track's published steps. */
export function formatStepTotals(steps: StepTotals): string {
  return [{ amount: steps.minutes, unit: 'minutes' as const }, ...steps.longer]
    .map(formatDuration)
    .join(' + ');
}

export type TotalsCheck = {
  track: string;
  published: CompletionTime;
  steps: StepTotals;
} & (
  { status: 'consistent' } | { status: 'mismatch'; message: string } | { status: 'notComparable' }
);

/**
 * Compares each published completion time with the sum of the published step
 * times of its track. Published standards do not always add up; the mismatch is
 * reported, never corrected silently.
 */
export function checkPublishedTotals(standard: ServiceStandard): TotalsCheck[] {
  return standard.completionTimes.flatMap((published) => {
    const tracks = published.track
      ? standard.tracks.filter((track) => track.id === published.track)
      : standard.tracks;
    return tracks.map((track): TotalsCheck => {
      const steps = sumStepTargets(track);
      const publishedMinutes = toMinutes(published.max);
      if (publishedMinutes === undefined || steps.minutes === 0) {
        return { track: track.id, published, steps, status: 'notComparable' };
      }
      if (publishedMinutes === steps.minutes) {
        return { track: track.id, published, steps, status: 'consistent' };
      }
      return {
        track: track.id,
        published,
        steps,
        status: 'mismatch',
        message: catalogMessages.totalsMismatch(formatStepTotals(steps), published.text),
      };
    });
  });
}
