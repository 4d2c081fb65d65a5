import { describe, expect, it } from 'vitest';
import {
  assertBlocksDisjoint,
  findBlockOverlap,
  numberBlockSchema,
  type NumberBlock,
} from './blocks';

const block = (
  deviceId: string,
  start: number,
  end: number,
  year = 2026,
  officeId = 'kantor-a',
): NumberBlock => ({
  officeId,
  year,
  deviceId,
  start,
  end,
});

describe('assertBlocksDisjoint', () => {
  it('accepts adjacent blocks, and blocks of other years or offices that reuse numbers', () => {
    expect(() =>
      assertBlocksDisjoint([
        block('loket-1', 1, 50),
        block('loket-2', 51, 100),
        block('loket-1', 101, 101),
        block('loket-1', 1, 50, 2027),
        block('loket-9', 1, 100, 2026, 'kantor-b'),
      ]),
    ).not.toThrow();
  });

  it('rejects a block overlapping another device’s block, naming both', () => {
    expect(() => assertBlocksDisjoint([block('loket-1', 1, 50), block('loket-2', 50, 60)])).toThrow(
      'Blok nomor surat bertumpang tindih: nomor 1–50 tahun 2026 (perangkat loket-1) dan nomor 50–60 tahun 2026 (perangkat loket-2). Nomor surat bisa ganda, jadi blok ini ditolak.',
    );
  });

  it('finds an overlap hidden behind a wide block, in any order', () => {
    const wide = block('loket-1', 1, 100);
    const inside = block('loket-3', 70, 80);
    const overlap = findBlockOverlap([block('loket-2', 10, 20), inside, wide]);
    expect(overlap).toBeDefined();
    expect(findBlockOverlap([wide, block('loket-2', 101, 110), inside])).toEqual({
      first: wide,
      second: inside,
    });
  });

  it('rejects overlapping blocks of one device and exact duplicates', () => {
    expect(() =>
      assertBlocksDisjoint([block('loket-1', 1, 10), block('loket-1', 5, 15)]),
    ).toThrow();
    expect(() =>
      assertBlocksDisjoint([block('loket-1', 1, 10), block('loket-1', 1, 10)]),
    ).toThrow();
  });

  it('treats all years as one sequence when the office never resets', () => {
    const blocks = [block('loket-1', 1, 50, 2026), block('loket-2', 40, 60, 2027)];
    expect(() => assertBlocksDisjoint(blocks)).not.toThrow();
    expect(() => assertBlocksDisjoint(blocks, { yearlyReset: false })).toThrow('bertumpang tindih');
  });

  it('rejects a block that is not a range of numbers from 1', () => {
    expect(() => assertBlocksDisjoint([block('loket-1', 10, 9)])).toThrow(
      'Blok nomor 10–9 tidak valid',
    );
    expect(() => assertBlocksDisjoint([block('loket-1', 0, 9)])).toThrow(
      'Blok nomor 0–9 tidak valid',
    );
    expect(() => assertBlocksDisjoint([block('loket-1', 1.5, 9)])).toThrow('tidak valid');
  });
});

describe('numberBlockSchema', () => {
  it('accepts a block and rejects an inverted one with an Indonesian message', () => {
    expect(numberBlockSchema.safeParse(block('loket-1', 1, 1)).success).toBe(true);
    const inverted = numberBlockSchema.safeParse(block('loket-1', 5, 4));
    expect(inverted.error?.issues.map(({ message }) => message)).toEqual([
      'Blok nomor 5–4 tidak valid; nomor awal harus bilangan bulat mulai 1 dan tidak lebih besar dari nomor akhir.',
    ]);
    expect(numberBlockSchema.safeParse(block('loket-1', 1, 5, 26)).error?.issues[0]?.message).toBe(
      'Tahun penomoran surat harus bilangan bulat empat digit, misalnya 2026.',
    );
  });
});
