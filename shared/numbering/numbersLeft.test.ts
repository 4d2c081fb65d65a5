import { describe, expect, it } from 'vitest';
import type { NumberBlock } from './blocks';
import { addBlock, createDeviceNumberState, markUsedThrough } from './deviceState';
import { lowOnNumbers, numberSupplyWarning, numbersLeft } from './numbersLeft';

const block = (start: number, end: number, year = 2026): NumberBlock => ({
  officeId: 'kantor-a',
  year,
  deviceId: 'loket-1',
  start,
  end,
});

const state = [block(1, 10), block(21, 30), block(1, 100, 2027)].reduce(
  addBlock,
  createDeviceNumberState('kantor-a', 'loket-1'),
);

describe('numbersLeft', () => {
  it('counts the unused numbers of one year only', () => {
    expect(numbersLeft(state, 2026)).toBe(20);
    expect(numbersLeft(state, 2027)).toBe(100);
    expect(numbersLeft(state, 2028)).toBe(0);
    expect(numbersLeft(markUsedThrough(state, 2026, 25), 2026)).toBe(5);
  });
});

describe('lowOnNumbers', () => {
  it('is true once at most the threshold is left', () => {
    expect(lowOnNumbers(state, 2026, 19)).toBe(false);
    expect(lowOnNumbers(state, 2026, 20)).toBe(true);
    expect(lowOnNumbers(state, 2028, 0)).toBe(true);
  });
});

describe('numberSupplyWarning', () => {
  it('warns early with the count, in Indonesian', () => {
    expect(numberSupplyWarning(markUsedThrough(state, 2026, 27), 2026, 5)).toEqual({
      code: 'numbers-low',
      year: 2026,
      left: 3,
      message:
        'Sisa nomor surat tahun 2026 di perangkat ini tinggal 3. Sambungkan perangkat ke server agar mendapat blok nomor baru sebelum habis.',
    });
  });

  it('says when the numbers are gone and stays quiet while there are plenty', () => {
    expect(numberSupplyWarning(state, 2028, 5)).toMatchObject({
      code: 'numbers-exhausted',
      left: 0,
      message: expect.stringContaining('tahun 2028 di perangkat ini sudah habis'),
    });
    expect(numberSupplyWarning(state, 2026, 5)).toBeUndefined();
  });
});
