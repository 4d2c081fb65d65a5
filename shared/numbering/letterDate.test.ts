import { describe, expect, it } from 'vitest';
import { letterDateParts } from './letterDate';

describe('letterDateParts', () => {
  it('reads year and month of a calendar date without any time zone shift', () => {
    expect(letterDateParts('2026-01-01')).toEqual({ year: 2026, month: 1 });
    expect(letterDateParts('2026-12-31')).toEqual({ year: 2026, month: 12 });
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-01-01T00:30:00+07:00', ''])(
    'throws an Indonesian error for "%s"',
    (date) => {
      expect(() => letterDateParts(date)).toThrow(`Tanggal surat "${date}" tidak valid`);
    },
  );
});
