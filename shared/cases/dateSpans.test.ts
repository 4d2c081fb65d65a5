import { describe, expect, it } from 'vitest';
import { daysBetween, wholeMonthsBetween } from './dateSpans';

describe('date spans', () => {
  it('counts calendar days across a leap day and backwards', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-07-20', '2026-07-19')).toBe(-1);
  });

  it('counts a month only once its day is reached again', () => {
    expect(wholeMonthsBetween('2026-02-10', '2026-07-09')).toBe(4);
    expect(wholeMonthsBetween('2026-02-10', '2026-07-10')).toBe(5);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonthsBetween('2025-12-15', '2026-01-15')).toBe(1);
  });
});
