import { describe, expect, it } from 'vitest';
import { textWidth } from './metrics';
import { chunkRows, fitColumns, rowHeights, tableCell } from './pagination';

describe('rowHeights', () => {
  const columns = [
    { label: 'No.', width: 1 },
    { label: 'Nama', width: 3 },
  ];

  it('takes the tallest cell of a row', () => {
    const [short, long] = rowHeights(
      columns,
      [
        ['1', 'Siti'],
        ['2', 'Hj. Andi Sitti Nurhayati Daeng Ngai Binti Muhammad Arfah'],
      ],
      120,
      8,
    );
    const line = 8 * tableCell.lineHeight;
    expect(short).toBeGreaterThan(line);
    expect(long).toBeGreaterThan(short ?? 0);
    expect(long).toBeGreaterThan(3 * line);
  });

  it('keeps a minimum height (the signature column of the dispatch book)', () => {
    expect(rowHeights(columns, [['1', 'Siti']], 120, 8, { minRowHeight: 30 })[0]).toBeGreaterThan(
      30,
    );
  });
});

describe('chunkRows', () => {
  it('fills the first page, then the next ones', () => {
    expect(chunkRows([10, 10, 10, 10, 10], { first: 20, next: 30 })).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('puts a row taller than a page on a page of its own', () => {
    expect(chunkRows([50, 10], { first: 20, next: 30 })).toEqual([[0], [1]]);
  });

  it('starts a page for the signature when the last one has no room left', () => {
    expect(chunkRows([10, 10], { first: 25, next: 30 }, 10)).toEqual([[0, 1], []]);
    expect(chunkRows([10, 10], { first: 30, next: 30 }, 10)).toEqual([[0, 1]]);
  });
});

describe('fitColumns', () => {
  it('makes a fixed-format column just wide enough and shares the rest by weight', () => {
    const [nik, name, address] = fitColumns(
      [
        { label: 'NIK', width: 0, sample: '0000000000000000' },
        { label: 'Nama', width: 1 },
        { label: 'Alamat', width: 3 },
      ],
      400,
      7.5,
    );
    expect(nik?.width).toBeGreaterThan(textWidth('0000000000000000', 7.5) + tableCell.paddingH * 2);
    expect((name?.width ?? 0) * 3).toBeCloseTo(address?.width ?? 0, 5);
    expect((nik?.width ?? 0) + (name?.width ?? 0) + (address?.width ?? 0)).toBeCloseTo(
      400 - tableCell.rule * 2,
      5,
    );
  });
});
