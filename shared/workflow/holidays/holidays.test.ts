import { describe, expect, it } from 'vitest';
import { holidayDates, nationalHolidayYears } from './national';
import { parseHolidayYear } from './schema';

describe('national holidays and cuti bersama', () => {
  const [y2025, y2026] = nationalHolidayYears();

  it('bundles 2025: 17 national holidays and 11 cuti bersama (incl. 18 August, added in August 2025)', () => {
    expect(y2025?.year).toBe(2025);
    expect(y2025?.days.filter((d) => d.kind === 'liburNasional')).toHaveLength(17);
    expect(y2025?.days.filter((d) => d.kind === 'cutiBersama').map((d) => d.date)).toEqual([
      '2025-01-28',
      '2025-03-28',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-07',
      '2025-05-13',
      '2025-05-30',
      '2025-06-09',
      '2025-08-18',
      '2025-12-26',
    ]);
  });

  it('bundles 2026: 17 national holidays and 8 cuti bersama', () => {
    expect(y2026?.days.filter((d) => d.kind === 'liburNasional')).toHaveLength(17);
    expect(y2026?.days.filter((d) => d.kind === 'cutiBersama').map((d) => d.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('lists the days off sorted, optionally without cuti bersama', () => {
    const all = holidayDates();
    expect(all).toEqual([...all].sort());
    expect(all).toContain('2026-03-23');
    expect(holidayDates(nationalHolidayYears(), ['liburNasional'])).not.toContain('2026-03-23');
  });

  it('rejects a day outside its year and a day listed twice, in Indonesian', () => {
    const result = parseHolidayYear(
      {
        year: 2027,
        sources: ['uji'],
        days: [
          { date: '2026-12-25', kind: 'liburNasional', name: 'Natal' },
          { date: '2027-01-01', kind: 'liburNasional', name: 'Tahun Baru' },
          { date: '2027-01-01', kind: 'cutiBersama', name: 'Tahun Baru' },
        ],
      },
      '2027.json',
    );
    expect(result).toEqual({
      ok: false,
      message:
        'Berkas hari libur "2027.json" tidak valid: days.0.date: tanggal 2026-12-25 tidak berada pada tahun 2027; days.2.date: tanggal 2027-01-01 tercantum lebih dari satu kali.',
    });
  });

  it('rejects an unknown kind of day', () => {
    const result = parseHolidayYear(
      { year: 2027, sources: ['uji'], days: [{ date: '2027-01-01', kind: 'libur', name: 'x' }] },
      '2027.json',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('days.0.kind');
  });
});
