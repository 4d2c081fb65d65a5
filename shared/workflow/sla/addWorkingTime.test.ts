import { describe, expect, it } from 'vitest';
import type { Duration, StepTarget } from '../../standards/schema';
import { officeOf, seedStandard } from '../flows/fixtures';
import { addWorkingTime, targetDue } from './addWorkingTime';
import { officeClock, workingMinutesBetween } from './calendar';

const wib = (local: string) => new Date(`${local}+07:00`);
const wita = (local: string) => new Date(`${local}+08:00`);

const tanggamus = officeClock(officeOf('dinsos-tanggamus'));
const bulukumba = officeClock(officeOf('dinsos-bulukumba'));
const padangPanjang = officeClock(officeOf('dinkes-padang-panjang'));
const mentawai = officeClock(officeOf('dinsos-mentawai'));
const solok = officeClock(
  officeOf('dinsos-solok'),
  seedStandard('dinsos-solok', 'REK-BPJS-GRATIS'),
);

describe('office minutes', () => {
  it('counts only opening hours on working days', () => {
    const { calendar } = bulukumba;
    // Friday 16:20 → Monday 07:50 WITA: 10 minutes on Friday, 20 on Monday.
    expect(
      workingMinutesBetween(calendar, wita('2026-07-24T16:20'), wita('2026-07-27T07:50')),
    ).toBe(30);
    expect(
      workingMinutesBetween(calendar, wita('2026-07-25T09:00'), wita('2026-07-26T12:00')),
    ).toBe(0);
  });

  it('rolls a Friday 16:20 case in Bulukumba (Asia/Makassar) over the weekend', () => {
    const due = addWorkingTime(bulukumba.calendar, wita('2026-07-24T16:20'), {
      amount: 30,
      unit: 'minutes',
    });
    expect(due).toEqual(wita('2026-07-27T07:50'));
    expect(due.toISOString()).toBe('2026-07-26T23:50:00.000Z');
  });

  it('starts a case received after closing at the next opening', () => {
    const calendar = tanggamus.calendar;
    expect(
      addWorkingTime(calendar, wib('2026-07-24T16:40'), { amount: 5, unit: 'minutes' }),
    ).toEqual(wib('2026-07-27T07:35'));
    expect(addWorkingTime(calendar, wib('2026-07-23T06:00'), { amount: 1, unit: 'hours' })).toEqual(
      wib('2026-07-23T08:30'),
    );
    // Landing exactly on closing time stays on that day.
    expect(
      addWorkingTime(calendar, wib('2026-07-23T15:50'), { amount: 10, unit: 'minutes' }),
    ).toEqual(wib('2026-07-23T16:00'));
  });

  it('skips national holidays and cuti bersama', () => {
    // Thursday 19 March 2026 (Nyepi) sits among cuti bersama and Idulfitri: next opening is 25 March.
    expect(
      addWorkingTime(tanggamus.calendar, wib('2026-03-17T15:55'), { amount: 10, unit: 'minutes' }),
    ).toEqual(wib('2026-03-25T07:35'));
  });
});

describe('working days', () => {
  it('ends a 5-working-day target at closing time, skipping a national holiday', () => {
    // Wednesday 12 August 2026; Monday 17 August is Proklamasi Kemerdekaan.
    const due = addWorkingTime(padangPanjang.calendar, wib('2026-08-12T10:00'), {
      amount: 5,
      unit: 'workingDays',
    });
    expect(due).toEqual(wib('2026-08-20T16:00'));
  });

  it('runs through the Idulfitri 1447 H holidays and cuti bersama', () => {
    const due = addWorkingTime(padangPanjang.calendar, wib('2026-03-17T10:00'), {
      amount: 5,
      unit: 'workingDays',
    });
    expect(due).toEqual(wib('2026-03-31T16:00'));
  });

  it('counts from the day after receipt even when received on a Saturday', () => {
    const due = addWorkingTime(padangPanjang.calendar, wib('2026-08-08T10:00'), {
      amount: 1,
      unit: 'workingDays',
    });
    expect(due).toEqual(wib('2026-08-10T16:00'));
  });
});

describe('calendar days and months', () => {
  const day = { amount: 1, unit: 'days' } satisfies Duration;

  it('keeps the wall-clock time when it falls inside office hours', () => {
    expect(addWorkingTime(tanggamus.calendar, wib('2026-07-23T15:00'), day)).toEqual(
      wib('2026-07-24T15:00'),
    );
    // Thursday closes at 16:00 but Friday at 16:30.
    expect(addWorkingTime(tanggamus.calendar, wib('2026-07-23T16:10'), day)).toEqual(
      wib('2026-07-24T16:10'),
    );
  });

  it('moves a due outside office hours to the next opening', () => {
    expect(addWorkingTime(tanggamus.calendar, wib('2026-07-24T15:00'), day)).toEqual(
      wib('2026-07-27T07:30'),
    );
  });

  it('adds calendar months, then moves to the next opening (Solok service hours)', () => {
    expect(
      addWorkingTime(solok.calendar, wib('2026-01-30T10:00'), { amount: 12, unit: 'months' }),
    ).toEqual(wib('2027-02-01T07:30'));
    // 31 January + 1 month is clamped to Saturday 28 February, so the due moves to Monday.
    expect(
      addWorkingTime(solok.calendar, wib('2026-01-31T10:00'), { amount: 1, unit: 'months' }),
    ).toEqual(wib('2026-03-02T07:30'));
  });
});

describe('monthly cut-off (Mentawai: the 19th and the 24th)', () => {
  const cutoff = { kind: 'monthlyCutoff' } satisfies StepTarget;

  it('takes the next cut-off day at closing time', () => {
    expect(targetDue(mentawai, wib('2026-07-20T10:00'), cutoff)).toEqual(wib('2026-07-24T16:30'));
    expect(targetDue(mentawai, wib('2026-05-25T10:00'), cutoff)).toEqual(wib('2026-06-19T16:30'));
  });

  it('keeps the same day when received before closing on a cut-off day', () => {
    expect(targetDue(mentawai, wib('2026-06-19T09:00'), cutoff)).toEqual(wib('2026-06-19T16:30'));
    expect(targetDue(mentawai, wib('2026-06-19T16:45'), cutoff)).toEqual(wib('2026-06-24T16:00'));
  });

  it('moves a cut-off on a day off to the last working day before it', () => {
    // 24 May 2026 is a Sunday; 19 December 2026 a Saturday.
    expect(targetDue(mentawai, wib('2026-05-20T10:00'), cutoff)).toEqual(wib('2026-05-22T16:30'));
    expect(targetDue(mentawai, wib('2026-11-25T10:00'), cutoff)).toEqual(wib('2026-12-18T16:30'));
  });

  it('waits for the first working day of the next month', () => {
    const next = { kind: 'startOfNextMonth' } satisfies StepTarget;
    expect(targetDue(mentawai, wib('2026-07-24T16:30'), next)).toEqual(wib('2026-08-03T16:00'));
    // 1 June 2026 is Hari Lahir Pancasila.
    expect(targetDue(mentawai, wib('2026-05-22T10:00'), next)).toEqual(wib('2026-06-02T16:00'));
  });

  it('has no due for a step without a published time', () => {
    expect(targetDue(mentawai, wib('2026-07-20T10:00'), { kind: 'none' })).toBeUndefined();
  });
});
