import { describe, expect, it } from 'vitest';
import { dateMessage, dateProblem, isoOf, parseTypedDate, typedFromIso } from './typedDate';

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

describe('typedFromIso', () => {
  it('writes an ISO date day first, and nothing for no date', () => {
    expect(typedFromIso('2026-11-24')).toBe('24-11-2026');
    expect(typedFromIso(undefined)).toBe('');
    expect(typedFromIso('')).toBe('');
  });
});

describe('dateProblem', () => {
  const today = '2026-11-23';
  it('finds blank required dates, non-dates and dates after today', () => {
    expect(dateProblem('', { today, required: true })).toBe('empty');
    expect(dateProblem(' ', { today, required: false })).toBeUndefined();
    expect(dateProblem('besok', { today, required: false })).toBe('format');
    expect(dateProblem('31-02-2026', { today, required: false })).toBe('impossible');
    expect(dateProblem('24-11-2026', { today, required: false })).toBe('future');
    expect(dateProblem('23-11-2026', { today, required: true })).toBeUndefined();
  });

  it('names the field in the message', () => {
    expect(dateMessage('future', 'Tanggal surat')).toBe(
      'Tanggal surat tidak boleh setelah hari ini.',
    );
  });
});
