import { describe, expect, it } from 'vitest';
import { textWidth } from './metrics';
import { tableCell } from './pagination';
import { gridHeight, tableGrid } from './tableGrid';

const columns = [
  { label: 'No.', width: 30, align: 'right' as const },
  { label: 'Nama', width: 90 },
  { label: 'Nomor Surat', width: 60, code: true },
];
const line = 8 * tableCell.lineHeight;
const chrome = tableCell.paddingV * 2 + tableCell.rule;

describe('tableGrid', () => {
  const grid = tableGrid(
    columns,
    [
      ['1', 'Siti', '400/1/2026'],
      [
        '2',
        'Hj. Andi Sitti Nurhayati Daeng Ngai Binti Muhammad Arfah',
        '400.9.11/0001/Dinsos/2026',
      ],
    ],
    8,
  );

  it('sets each row as tall as its tallest cell, with every line inside its column', () => {
    const [short, long] = grid.rows;
    expect(short?.height).toBeCloseTo(line + chrome);
    const tallest = Math.max(...(long?.cells.map((cell) => cell.length) ?? []));
    expect(tallest).toBeGreaterThan(2);
    expect(long?.height).toBeCloseTo(tallest * line + chrome);
    grid.rows.forEach((row) =>
      row.cells.forEach((cell, i) => {
        const inner = (columns[i]?.width ?? 0) - tableCell.paddingH * 2 - tableCell.rule;
        for (const text of cell) expect(textWidth(text, 8)).toBeLessThanOrEqual(inner);
      }),
    );
    expect(long?.cells[2]?.every((text) => text.endsWith('/') || text === 'Dinsos/2026')).toBe(
      true,
    );
  });

  it('adds up to the width of the columns and the height of header and rows', () => {
    expect(grid.width).toBeCloseTo(180 + tableCell.rule);
    expect(gridHeight(grid, grid.rows)).toBeCloseTo(
      tableCell.rule +
        grid.header.height +
        (grid.rows[0]?.height ?? 0) +
        (grid.rows[1]?.height ?? 0),
    );
  });

  it('keeps a minimum height (the signature column of the dispatch book)', () => {
    expect(tableGrid(columns, [['1', 'Siti', '']], 8, 30).rows[0]?.height).toBe(30);
  });
});
