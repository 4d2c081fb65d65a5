// A letter's issue date (a calendar date, as printed) as a day number: days since 2000-01-01,
// two bytes in the QR payload, so 2000-01-01 … 2179-06-06.

const EPOCH = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
export const MAX_DAY_NUMBER = 0xffff;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a real `YYYY-MM-DD` date in range, otherwise undefined. */
export function dayNumberOf(date: string): number | undefined {
  const match = isoDate.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return undefined;
  const dayNumber = (time - EPOCH) / DAY_MS;
  return dayNumber >= 0 && dayNumber <= MAX_DAY_NUMBER ? dayNumber : undefined;
}

export const dateOfDayNumber = (dayNumber: number): string =>
  new Date(EPOCH + dayNumber * DAY_MS).toISOString().slice(0, 10);
