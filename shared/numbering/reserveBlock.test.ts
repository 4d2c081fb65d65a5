import { describe, expect, it } from 'vitest';
import { assertBlocksDisjoint, type NumberBlock } from './blocks';
import { reserveBlock } from './reserveBlock';

const request = { officeId: 'kantor-a', year: 2026, deviceId: 'loket-1', size: 50 };

describe('reserveBlock', () => {
  it('starts every year’s sequence at 1', () => {
    expect(reserveBlock([], request)).toStrictEqual({
      officeId: 'kantor-a',
      year: 2026,
      deviceId: 'loket-1',
      start: 1,
      end: 50,
    });
  });

  it('hands out the next range after every block of the same office and year', () => {
    const existing: NumberBlock[] = [
      { officeId: 'kantor-a', year: 2026, deviceId: 'loket-2', start: 51, end: 80 },
      { officeId: 'kantor-a', year: 2026, deviceId: 'loket-1', start: 1, end: 50 },
      { officeId: 'kantor-a', year: 2027, deviceId: 'loket-1', start: 1, end: 500 },
      { officeId: 'kantor-b', year: 2026, deviceId: 'loket-9', start: 1, end: 900 },
    ];
    const next = reserveBlock(existing, { ...request, deviceId: 'loket-3', size: 10 });
    expect(next).toEqual({
      officeId: 'kantor-a',
      year: 2026,
      deviceId: 'loket-3',
      start: 81,
      end: 90,
    });
    expect(() => assertBlocksDisjoint([...existing, next])).not.toThrow();
  });

  it('never fills a gap left by an earlier block', () => {
    const existing: NumberBlock[] = [
      { officeId: 'kantor-a', year: 2026, deviceId: 'loket-2', start: 101, end: 120 },
    ];
    expect(reserveBlock(existing, request)).toMatchObject({ start: 121, end: 170 });
  });

  it('continues across years when the office never resets its sequence', () => {
    const existing: NumberBlock[] = [
      { officeId: 'kantor-a', year: 2026, deviceId: 'loket-2', start: 1, end: 120 },
    ];
    expect(
      reserveBlock(existing, { ...request, year: 2027 }, { yearlyReset: false }),
    ).toMatchObject({
      year: 2027,
      start: 121,
      end: 170,
    });
  });

  it('refuses a size outside 1–100 000 with an Indonesian message', () => {
    for (const size of [0, -5, 1.5, 100_001]) {
      expect(() => reserveBlock([], { ...request, size })).toThrow(
        /^Ukuran blok nomor harus bilangan bulat 1 sampai 100\.000\.$/,
      );
    }
  });
});
