import { describe, expect, it } from 'vitest';
import { signed } from './fixtures.test-helpers';
import { qrMatrix, qrVersionOf } from './qrMatrix';

/** The 7×7 finder pattern: dark ring, light ring, dark 3×3 core. */
const finder = (matrix: boolean[][], top: number, left: number) =>
  Array.from({ length: 7 }, (_, row) =>
    Array.from({ length: 7 }, (_, column) => (matrix[top + row]?.[left + column] ? '#' : '.')).join(
      '',
    ),
  );

describe('qrMatrix', () => {
  it('gives a square symbol with the three finder patterns', () => {
    const matrix = qrMatrix(signed().qrText);
    expect(matrix).toHaveLength(49);
    for (const row of matrix) expect(row).toHaveLength(49);
    const expected = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######'];
    expect(finder(matrix, 0, 0)).toEqual(expected);
    expect(finder(matrix, 0, 42)).toEqual(expected);
    expect(finder(matrix, 42, 0)).toEqual(expected);
  });

  it('reports the version from the size', () => {
    expect(qrVersionOf(qrMatrix('LKT1.'))).toBe(1);
    expect(qrVersionOf(qrMatrix(signed().qrText))).toBe(8);
  });
});
