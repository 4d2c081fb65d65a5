import type { DateTime } from 'luxon';
import type { Duration, StepTarget } from '../../standards/schema';
import {
  inZone,
  intervalsOn,
  openAtOrAfter,
  scanDays,
  type OfficeClock,
  type WorkingCalendar,
} from './calendar';

/**
 * The due instant of a duration started at `start`:
 * - minutes, hours: office time only: the clock runs during opening hours on
 *   working days; a case received after closing starts at the next opening.
 * - workingDays: closing time of the Nth working day after the day of `start`
 *   (the day of receipt is day 0, whatever the hour).
 * - days: the same wall-clock time N calendar days later; moved to the next
 *   opening when that instant falls outside office hours.
 * - months: N calendar months later (Luxon clamps the 31st to the month's end),
 *   moved to the next opening the same way.
 */
export function addWorkingTime(calendar: WorkingCalendar, start: Date, duration: Duration): Date {
  const key = ['add', idOf(duration), ...calendarKey(calendar), start.getTime()].join('|');
  return new Date(remembered(key, () => computeAdded(calendar, start, duration).getTime()));
}

function computeAdded(calendar: WorkingCalendar, start: Date, duration: Duration): Date {
  const from = inZone(calendar, start);
  switch (duration.unit) {
    case 'minutes':
      return addOfficeMinutes(calendar, from, duration.amount).toJSDate();
    case 'hours':
      return addOfficeMinutes(calendar, from, duration.amount * 60).toJSDate();
    case 'workingDays':
      return closeOfNthWorkingDay(calendar, from, Math.ceil(duration.amount)).toJSDate();
    case 'days':
      return openAtOrAfter(calendar, from.plus({ days: duration.amount })).toJSDate();
    case 'months':
      return openAtOrAfter(calendar, from.plus({ months: duration.amount })).toJSDate();
  }
}

/**
 * The due instant of a step's published target, or undefined when it has none.
 * - monthlyCutoff: the next cut-off day of the office (e.g. the 19th or 24th)
 *   at closing time; when that day is a day off, the close of the last working
 *   day before it, because the list must reach BPJS by the cut-off.
 * - startOfNextMonth: closing time of the first working day of the next month.
 */
export function targetDue(clock: OfficeClock, start: Date, target: StepTarget): Date | undefined {
  const key = [
    'due',
    idOf(target),
    ...calendarKey(clock.calendar),
    clock.cutoffDays.join(','),
    start.getTime(),
  ].join('|');
  const due = remembered(key, () => computeDue(clock, start, target)?.getTime());
  return due === undefined ? undefined : new Date(due);
}

/**
 * Every command works out the due time of every station the case has passed, from the same
 * starts and targets as the command before it: they are remembered, by the identity of the
 * target, the hours table and the holiday list (catalog and context objects) and the start.
 */
const dueCache = new Map<string, number | undefined>();
const DUE_CACHE_SIZE = 50_000;

function remembered<T extends number | undefined>(key: string, compute: () => T): T {
  if (dueCache.has(key)) return dueCache.get(key) as T;
  if (dueCache.size >= DUE_CACHE_SIZE) dueCache.clear();
  const value = compute();
  dueCache.set(key, value);
  return value;
}

const calendarKey = (calendar: WorkingCalendar) => [
  idOf(calendar.hours),
  idOf(calendar.holidays),
  calendar.timeZone,
];
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;

function idOf(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(value, id);
  }
  return id;
}

function computeDue(clock: OfficeClock, start: Date, target: StepTarget): Date | undefined {
  const { calendar } = clock;
  switch (target.kind) {
    case 'duration':
      return computeAdded(calendar, start, target);
    case 'monthlyCutoff':
      return nextCutoff(clock, start);
    case 'startOfNextMonth': {
      const firstOfNext = inZone(calendar, start).startOf('month').plus({ months: 1 });
      return closeOfWorkingDay(calendar, firstOfNext, 1).toJSDate();
    }
    case 'none':
      return undefined;
  }
}

function addOfficeMinutes(calendar: WorkingCalendar, from: DateTime, minutes: number): DateTime {
  let remaining = minutes;
  return scanDays(calendar, from, 1, (day) => {
    for (const interval of intervalsOn(calendar, day)) {
      if (interval.end <= from) continue;
      const begin = interval.start < from ? from : interval.start;
      const available = interval.end.diff(begin, 'minutes').minutes;
      if (remaining <= available) return begin.plus({ minutes: remaining });
      remaining -= available;
    }
    return undefined;
  });
}

function closeOfNthWorkingDay(calendar: WorkingCalendar, from: DateTime, n: number): DateTime {
  return closeOfWorkingDay(calendar, from.startOf('day').plus({ days: 1 }), 1, n);
}

/** Closing time of the `n`-th working day met scanning from `from` in direction `step`. */
function closeOfWorkingDay(
  calendar: WorkingCalendar,
  from: DateTime,
  step: 1 | -1,
  n = 1,
): DateTime {
  let seen = 0;
  return scanDays(calendar, from, step, (day) => {
    const intervals = intervalsOn(calendar, day);
    if (intervals.length === 0) return undefined;
    seen += 1;
    return seen === n ? intervals.at(-1)?.end : undefined;
  });
}

/** Undefined only when the office has no cut-off day at all. */
function nextCutoff(clock: OfficeClock, start: Date): Date | undefined {
  const { calendar } = clock;
  const from = inZone(calendar, start);
  const days = [...new Set(clock.cutoffDays)].sort((a, b) => a - b);
  for (let ahead = 0; ahead < 3; ahead++) {
    const month = from.startOf('month').plus({ months: ahead });
    for (const day of days) {
      const deadline = closeOfWorkingDay(calendar, month.set({ day }), -1);
      if (deadline > from) return deadline.toJSDate();
    }
  }
  return undefined;
}
