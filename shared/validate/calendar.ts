// Plain calendar dates (no time zone): what NIK, KK and birth dates mean.

export type CalendarDate = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Parses `YYYY-MM-DD`; undefined when malformed or not a real date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : undefined;
}

/** Like `parseIsoDate`, for dates the caller guarantees (throws on a programming error). */
export function requireIsoDate(text: string, name: string): CalendarDate {
  const date = parseIsoDate(text);
  if (date === undefined) throw new RangeError(`${name} must be a YYYY-MM-DD date, got ${text}`);
  return date;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The latest year ending in `twoDigitYear` that is not after `today`'s year. */
export function latestYearEndingIn(twoDigitYear: number, today: CalendarDate): number {
  return today.year - ((((today.year - twoDigitYear) % 100) + 100) % 100);
}

/**
 * The latest year ending in `twoDigitYear` for which month/day is not after `today`:
 * a 100-year window ending today.
 */
export function latestYearNotAfter(
  twoDigitYear: number,
  month: number,
  day: number,
  today: CalendarDate,
): number {
  const year = latestYearEndingIn(twoDigitYear, today);
  return compareDates({ year, month, day }, today) > 0 ? year - 100 : year;
}
