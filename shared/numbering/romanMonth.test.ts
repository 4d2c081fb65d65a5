import { describe, expect, it } from 'vitest';
import { fromRomanMonth, romanMonthPattern, toRomanMonth } from './romanMonth';

describe('roman months', () => {
  it('writes every month as used in Indonesian letter numbers', () => {
    expect(Array.from({ length: 12 }, (_, index) => toRomanMonth(index + 1))).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
  });

  it('reads them back and refuses anything else', () => {
    for (let month = 1; month <= 12; month += 1) {
      expect(fromRomanMonth(toRomanMonth(month))).toBe(month);
    }
    expect(fromRomanMonth('XIII')).toBeUndefined();
    expect(fromRomanMonth('xi')).toBeUndefined();
  });

  it('throws for a month outside 1–12', () => {
    expect(() => toRomanMonth(0)).toThrow(RangeError);
    expect(() => toRomanMonth(13)).toThrow(RangeError);
  });

  it('matches whole numerals only', () => {
    const whole = new RegExp(`^(${romanMonthPattern})$`);
    expect(whole.exec('VIII')?.[1]).toBe('VIII');
    expect(whole.test('IIII')).toBe(false);
  });
});
