import { describe, expect, it } from 'vitest';
import { textWidth } from './metrics';
import { chunkRows, fitColumns, tableCell } from './pagination';

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
