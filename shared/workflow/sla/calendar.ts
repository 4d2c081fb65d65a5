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

const DAY_MS = 86_400_000;

const holidayDaySets = new WeakMap<readonly string[], ReadonlySet<number>>();

/** The holidays as day numbers (days since 1970-01-01 on the office's calendar). */
function holidayDays(calendar: WorkingCalendar): ReadonlySet<number> {
  let set = holidayDaySets.get(calendar.holidays);
  if (!set) {
    set = new Set(calendar.holidays.map((date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS));
    holidayDaySets.set(calendar.holidays, set);
  }
  return set;
}

/** Minutes after midnight of an `HH:MM` time. */
function minutesOf(time: string): number {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return hour * 60 + minute;
}

interface OpeningMs {
  days: readonly number[];
  openMs: number;
  closeMs: number;
}

const openingsCache = new WeakMap<ServiceHours, readonly OpeningMs[]>();

/** The hours table as milliseconds after midnight, read once per table. */
function openingsOf(hours: ServiceHours): readonly OpeningMs[] {
  let openings = openingsCache.get(hours);
  if (!openings) {
    openings = hours.map((row) => ({
      days: row.days,
      openMs: minutesOf(row.open) * 60_000,
      closeMs: minutesOf(row.close) * 60_000,
    }));
    openingsCache.set(hours, openings);
  }
  return openings;
}

/**
 * Office minutes between two instants (0 when `to` is not after `from`). Counted in plain
 * milliseconds, a day at a time: a case open for two years is measured over 730 days, many
 * times per command, so this is the SLA clock's hot loop (luxon here cost ~1 ms a command).
 */
export function workingMinutesBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (toMs <= fromMs) return 0;
  const zone = officeZone(calendar.timeZone);
  const holidays = holidayDays(calendar);
  const openings = openingsOf(calendar.hours);
  let offsetMs = zone.offset(fromMs) * 60_000;
  let day = Math.floor((fromMs + offsetMs) / DAY_MS);
  let total = 0;
  for (
    let midnight = day * DAY_MS - offsetMs;
    midnight <= toMs;
    midnight = day * DAY_MS - offsetMs
  ) {
    // ISO weekday (1 = Monday): day 0, 1 January 1970, was a Thursday.
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    if (!holidays.has(day)) {
      for (const row of openings) {
        if (!row.days.includes(weekday)) continue;
        const start = Math.max(midnight + row.openMs, fromMs);
        const end = Math.min(midnight + row.closeMs, toMs);
        if (end > start) total += (end - start) / 60_000;
      }
    }
    day += 1;
    offsetMs = zone.offset(day * DAY_MS - offsetMs) * 60_000;
  }
  return total;
}

/** Office minutes left before `due` (negative once it has passed). */
export function signedMinutesUntil(calendar: WorkingCalendar, now: Date, due: Date): number {
  return now.getTime() <= due.getTime()
    ? workingMinutesBetween(calendar, now, due)
    : -workingMinutesBetween(calendar, due, now);
}
