import { describe, expect, it } from 'vitest';
import { formatInstant, formatOfficeMinutes, slaView } from './format';

const wita = (local: string) => new Date(`${local}+08:00`);
const wib = (local: string) => new Date(`${local}+07:00`);
const now = wita('2026-07-20T10:00');

describe('formatInstant', () => {
  it('names today, tomorrow and yesterday in the office zone', () => {
    expect(formatInstant(wita('2026-07-20T14:30'), 'Asia/Makassar', now)).toBe(
      'hari ini 14.30 WITA',
    );
    expect(formatInstant(wita('2026-07-21T08:00'), 'Asia/Makassar', now)).toBe('besok 08.00 WITA');
    expect(formatInstant(wita('2026-07-19T16:00'), 'Asia/Makassar', now)).toBe(
      'kemarin 16.00 WITA',
    );
  });

  it('uses the office zone, not the device zone, to decide the day', () => {
    // 23.30 WIB on the 20th is already the 21st in Jayapura.
    expect(formatInstant(wib('2026-07-20T23:30'), 'Asia/Jakarta', now)).toBe('hari ini 23.30 WIB');
    expect(formatInstant(wib('2026-07-20T23:30'), 'Asia/Jayapura', now)).toBe('besok 01.30 WIT');
  });

  it('writes other days with an Indonesian weekday and month, and the year when it differs', () => {
    expect(formatInstant(wita('2026-07-24T16:00'), 'Asia/Makassar', now)).toBe(
      'Jum, 24 Jul 16.00 WITA',
    );
    expect(formatInstant(wita('2025-12-30T09:15'), 'Asia/Makassar', now)).toBe(
      '30 Des 2025 09.15 WITA',
    );
  });
});

describe('formatOfficeMinutes', () => {
  it.each([
    [0, 'kurang dari 1 menit'],
    [0.4, 'kurang dari 1 menit'],
    [12, '12 menit'],
    [-12, '12 menit'],
    [60, '1 jam'],
    [125, '2 jam 5 menit'],
    [1530, '25 jam 30 menit'],
  ])('%d → %s', (minutes, text) => {
    expect(formatOfficeMinutes(minutes)).toBe(text);
  });
});

describe('slaView', () => {
  const startedAt = wita('2026-07-20T09:00');

  it('shows a running clock with its due time and the office time left', () => {
    expect(
      slaView(
        {
          startedAt,
          due: wita('2026-07-20T10:20'),
          elapsedMinutes: 60,
          remainingMinutes: 20,
          status: 'onTrack',
        },
        'Asia/Makassar',
        now,
      ),
    ).toEqual({
      tone: 'onTrack',
      label: 'Sesuai jadwal',
      when: 'hari ini 10.20 WITA',
      detail: 'Jatuh tempo hari ini 10.20 WITA · sisa 20 menit waktu kerja',
    });
  });

  it('says how late an overdue clock is', () => {
    const view = slaView(
      {
        startedAt,
        due: wita('2026-07-17T15:00'),
        elapsedMinutes: 600,
        remainingMinutes: -185,
        status: 'overdue',
      },
      'Asia/Makassar',
      now,
    );
    expect(view).toMatchObject({
      tone: 'overdue',
      label: 'Terlambat',
      when: 'Jum, 17 Jul 15.00 WITA',
    });
    expect(view.detail).toBe(
      'Jatuh tempo Jum, 17 Jul 15.00 WITA · lewat 3 jam 5 menit waktu kerja',
    );
  });

  it('leaves out the count of office hours once it is more than a working day', () => {
    const view = slaView(
      {
        startedAt,
        due: wita('2026-07-10T09:30'),
        elapsedMinutes: 4000,
        remainingMinutes: -3900,
        status: 'overdue',
      },
      'Asia/Makassar',
      now,
    );
    expect(view.detail).toBe('Jatuh tempo Jum, 10 Jul 09.30 WITA');
  });

  it('labels a clock that is nearly due', () => {
    expect(
      slaView(
        {
          startedAt,
          due: wita('2026-07-20T10:05'),
          elapsedMinutes: 60,
          remainingMinutes: 5,
          status: 'dueSoon',
        },
        'Asia/Makassar',
        now,
      ),
    ).toMatchObject({ tone: 'dueSoon', label: 'Hampir jatuh tempo' });
  });

  it('says when there is no published target', () => {
    expect(
      slaView({ startedAt, elapsedMinutes: 3, status: 'noTarget' }, 'Asia/Jakarta', now),
    ).toEqual({
      tone: 'noTarget',
      label: 'Tanpa target',
      detail: 'Standar tidak mencantumkan waktu untuk ini.',
    });
  });

  it('stops the clock while the papers are with the citizen', () => {
    expect(
      slaView(
        {
          startedAt,
          due: wita('2026-07-20T09:30'),
          elapsedMinutes: 5,
          remainingMinutes: 25,
          status: 'onTrack',
          paused: true,
        },
        'Asia/Makassar',
        now,
      ),
    ).toMatchObject({ tone: 'paused', label: 'Jam berhenti' });
  });

  it('judges a finished clock at its end', () => {
    const onTime = slaView(
      {
        startedAt,
        endedAt: wita('2026-07-20T09:25'),
        due: wita('2026-07-20T09:30'),
        elapsedMinutes: 25,
        remainingMinutes: 5,
        status: 'onTrack',
      },
      'Asia/Makassar',
      now,
    );
    expect(onTime).toEqual({
      tone: 'done',
      label: 'Tepat waktu',
      when: 'selesai hari ini 09.25 WITA',
      detail: 'selesai hari ini 09.25 WITA · target hari ini 09.30 WITA',
    });
    const late = slaView(
      {
        startedAt,
        endedAt: wita('2026-07-20T09:45'),
        due: wita('2026-07-20T09:30'),
        elapsedMinutes: 45,
        remainingMinutes: -15,
        status: 'overdue',
      },
      'Asia/Makassar',
      now,
    );
    expect(late).toMatchObject({ tone: 'doneLate', label: 'Terlambat' });
  });
});
