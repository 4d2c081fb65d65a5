import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  isLeapYear,
  isValidDate,
  latestYearEndingIn,
  latestYearNotAfter,
  parseIsoDate,
  requireIsoDate,
  toIsoDate,
} from './calendar';

const today = { year: 2026, month: 11, day: 23 };

describe('calendar', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2000, 2400].map(isLeapYear)).toEqual([true, true, true]);
    expect([2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('rejects impossible dates', () => {
    expect(isValidDate({ year: 2026, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 13, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 0, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 1, day: 0 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 1.5, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
  });

  it('parses and prints ISO dates', () => {
    expect(parseIsoDate('2026-11-23')).toEqual(today);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('23-11-2026')).toBeUndefined();
    expect(toIsoDate({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
    expect(() => requireIsoDate('2026-13-01', 'today')).toThrow(RangeError);
  });

  it('compares dates', () => {
    expect(compareDates(today, { year: 2026, month: 11, day: 24 })).toBeLessThan(0);
    expect(compareDates(today, { year: 2025, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareDates(today, { ...today })).toBe(0);
  });

  it('resolves two-digit years by year', () => {
    expect(latestYearEndingIn(26, today)).toBe(2026);
    expect(latestYearEndingIn(27, today)).toBe(1927);
    expect(latestYearEndingIn(0, today)).toBe(2000);
  });

  it('resolves two-digit years by date: a 100-year window ending today', () => {
    expect(latestYearNotAfter(26, 11, 23, today)).toBe(2026);
    expect(latestYearNotAfter(26, 11, 24, today)).toBe(1926);
    expect(latestYearNotAfter(26, 12, 1, today)).toBe(1926);
    expect(latestYearNotAfter(90, 1, 5, today)).toBe(1990);
    expect(latestYearNotAfter(5, 6, 1, today)).toBe(2005);
  });
});
