import { describe, expect, it } from 'vitest';
import { formatLongDate, todayIn } from './localDate';

describe('local dates', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatLongDate('2026-04-01')).toBe('1 April 2026');
    expect(formatLongDate('2026-11-23')).toBe('23 November 2026');
  });

  it('takes "today" in the office time zone', () => {
    const instant = new Date('2026-03-31T17:30:00Z');
    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-04-01');
    expect(todayIn('Asia/Jayapura', new Date('2026-03-31T14:59:00Z'))).toBe('2026-03-31');
    expect(todayIn('UTC', instant)).toBe('2026-03-31');
  });
});
