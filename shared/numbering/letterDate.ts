import { DateTime } from 'luxon';
import { numberingMessages } from './messages';

/**
 * A letter's issue date as it is printed: a calendar date `YYYY-MM-DD` on the
 * office's calendar. A calendar date rather than an instant, so that the year of
 * a letter issued at 00:30 WIB on 1 January is the same on the counter and on a
 * server running in UTC.
 */
export type LetterDate = string;

export type CalendarParts = { year: number; month: number };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads year and month from a letter date; throws on anything but a real `YYYY-MM-DD` date. */
export const letterDateParts = (date: LetterDate): CalendarParts => {
  const parsed = isoDate.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : undefined;
  if (parsed === undefined || !parsed.isValid) {
    throw new Error(numberingMessages.dateInvalid(date));
  }
  return { year: parsed.year, month: parsed.month };
};
