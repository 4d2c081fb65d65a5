import { DateTime } from 'luxon';
import { officeZone } from '../../dates/officeZone';
import type { Office, ServiceHours, ServiceStandard } from '../../standards/schema';
import { holidayDates } from '../holidays/national';
import { slaMessages } from '../messages';

/** When an office works: its time zone, its weekly hours and its days off (`YYYY-MM-DD`). */
export interface WorkingCalendar {
  timeZone: string;
  hours: ServiceHours;
  holidays: readonly string[];
}

/** The calendar plus the office's monthly cut-off days, which some targets wait for. */
export interface OfficeClock {
  calendar: WorkingCalendar;
  cutoffDays: readonly number[];
}

/**
 * The office's working calendar: the standard's published service hours when it
 * has them, else the office hours; national holidays and cuti bersama are days off.
 */
export function officeCalendar(
  office: Office,
  standard?: ServiceStandard,
  holidays: readonly string[] = holidayDates(),
): WorkingCalendar {
  return {
    timeZone: office.timeZone,
    hours: standard?.serviceHours ?? office.officeHours,
    holidays,
  };
}

export function officeClock(
  office: Office,
  standard?: ServiceStandard,
  holidays?: readonly string[],
): OfficeClock {
  return { calendar: officeCalendar(office, standard, holidays), cutoffDays: office.cutoffDays };
}

/** Open–close pairs of one day. */
interface WorkingInterval {
  start: DateTime;
  end: DateTime;
}

/** How far ahead a search for working time may look before the calendar is declared broken. */
const searchLimitDays = 3660;

const holidaySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function holidaySet(calendar: WorkingCalendar): ReadonlySet<string> {
  let set = holidaySets.get(calendar.holidays);
  if (!set) {
    set = new Set(calendar.holidays);
    holidaySets.set(calendar.holidays, set);
  }
  return set;
}

export function inZone(calendar: WorkingCalendar, instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: officeZone(calendar.timeZone) });
}

/** The working intervals of the calendar day containing `day`, in order; none on a day off. */
export function intervalsOn(calendar: WorkingCalendar, day: DateTime): WorkingInterval[] {
  const midnight = day.setZone(officeZone(calendar.timeZone)).startOf('day');
  if (holidaySet(calendar).has(midnight.toISODate() ?? '')) return [];
  return calendar.hours
    .filter((row) => row.days.includes(midnight.weekday))
    .map((row) => ({ start: atTime(midnight, row.open), end: atTime(midnight, row.close) }))
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

function atTime(midnight: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return midnight.set({ hour, minute });
}

/** Calls `visit` for each calendar day from `from` on, until it returns a value. */
export function scanDays<T>(
  calendar: WorkingCalendar,
  from: DateTime,
  step: 1 | -1,
  visit: (day: DateTime) => T | undefined,
): T {
  let day = from.setZone(officeZone(calendar.timeZone)).startOf('day');
  for (let i = 0; i < searchLimitDays; i++) {
    const found = visit(day);
    if (found !== undefined) return found;
    day = day.plus({ days: step });
  }
  throw new RangeError(slaMessages.calendarWithoutWorkingTime(calendar.timeZone));
}

/** `t` when the office is open then (closing instant included), else the next opening. */
export function openAtOrAfter(calendar: WorkingCalendar, t: DateTime): DateTime {
  return scanDays(calendar, t, 1, (day) => {
    const interval = intervalsOn(calendar, day).find((candidate) => t <= candidate.end);
    if (!interval) return undefined;
    return t < interval.start ? interval.start : t;
  });
}

/** Office minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = inZone(calendar, from);
  const end = inZone(calendar, to);
  let total = 0;
  let day = start.startOf('day');
  while (day <= end) {
    for (const interval of intervalsOn(calendar, day)) {
      const overlapStart = Math.max(interval.start.toMillis(), start.toMillis());
      const overlapEnd = Math.min(interval.end.toMillis(), end.toMillis());
      if (overlapEnd > overlapStart) total += (overlapEnd - overlapStart) / 60_000;
    }
    day = day.plus({ days: 1 });
  }
  return total;
}

/** Office minutes left before `due` (negative once it has passed). */
export function signedMinutesUntil(calendar: WorkingCalendar, now: Date, due: Date): number {
  return now.getTime() <= due.getTime()
    ? workingMinutesBetween(calendar, now, due)
    : -workingMinutesBetween(calendar, due, now);
}
