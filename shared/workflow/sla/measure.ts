import { signedMinutesUntil, workingMinutesBetween, type WorkingCalendar } from './calendar';

export type SlaStatus = 'onTrack' | 'dueSoon' | 'overdue' | 'noTarget';

/** At most this share of the target's office time left counts as "due soon". */
export const dueSoonShare = 0.2;

export interface SlaMeasure {
  startedAt: Date;
  /** When the work ended; absent while it is still running. */
  endedAt?: Date;
  due?: Date;
  /** Office minutes from start to end (or to now). */
  elapsedMinutes: number;
  /** Office minutes from end (or now) to due; negative when overdue. */
  remainingMinutes?: number;
  status: SlaStatus;
}

/**
 * Measures one clock. A finished clock is judged at its end: on time or overdue.
 * A running one is judged at `now`: due soon with no more than 20% of the
 * target's office minutes left, overdue once the due instant has passed.
 */
export function measure(
  calendar: WorkingCalendar,
  startedAt: Date,
  due: Date | undefined,
  endedAt: Date | undefined,
  now: Date,
): SlaMeasure {
  const until = endedAt ?? now;
  const base = {
    startedAt,
    ...(endedAt ? { endedAt } : {}),
    elapsedMinutes: workingMinutesBetween(calendar, startedAt, until),
  };
  if (!due) return { ...base, status: 'noTarget' };
  const remainingMinutes = signedMinutesUntil(calendar, until, due);
  const dueSoonAt = workingMinutesBetween(calendar, startedAt, due) * dueSoonShare;
  let status: SlaStatus = 'onTrack';
  if (until.getTime() > due.getTime()) status = 'overdue';
  else if (!endedAt && remainingMinutes <= dueSoonAt) status = 'dueSoon';
  return { ...base, due, remainingMinutes, status };
}
