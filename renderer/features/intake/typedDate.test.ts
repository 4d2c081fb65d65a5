import { describe, expect, it } from 'vitest';
import { isoOf, parseTypedDate } from './typedDate';

describe('parseTypedDate', () => {
  it('reads day-first dates with any usual separator', () => {
    for (const text of ['07-03-1985', '7/3/1985', '07.03.1985', '07031985', ' 7 3 1985 ']) {
      expect(parseTypedDate(text)).toEqual({ ok: true, iso: '1985-03-07' });
    }
  });

  it('tells empty, malformed and impossible apart', () => {
    expect(parseTypedDate('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseTypedDate('1985-03-07')).toEqual({ ok: false, problem: 'format' });
    expect(parseTypedDate('07-03-85')).toEqual({ ok: false, problem: 'format' });
    expect(parseTypedDate('30-02-2024')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseTypedDate('29-02-2023')).toEqual({ ok: false, problem: 'impossible' });
    expect(isoOf('29-02-2024')).toBe('2024-02-29');
  });
});
