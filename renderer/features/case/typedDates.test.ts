import { describe, expect, it } from 'vitest';
import { isoFromTyped, typedFromIso } from './typedDates';

describe('typed dates', () => {
  it('goes both ways, day first', () => {
    expect(typedFromIso('2026-11-24')).toBe('24-11-2026');
    expect(typedFromIso(undefined)).toBe('');
    expect(isoFromTyped('24-11-2026')).toBe('2026-11-24');
    expect(isoFromTyped('4/3/2026')).toBe('2026-03-04');
  });

  it('tells a blank field from one that is not a date', () => {
    expect(isoFromTyped('  ')).toBeUndefined();
    expect(isoFromTyped('31-02-2026')).toBeNull();
    expect(isoFromTyped('besok')).toBeNull();
  });
});
