// The geometry of a long ruled table, computed once from the font metrics: every cell's
// lines and every row's height. The painted table draws exactly this grid, so the rows of a
// page are known before rendering and never run over.
import type { TableColumn } from './blocks/DataTable';
import { wrapLines } from './metrics';
import { tableCell } from './pagination';

export interface GridRow {
  /** Each cell's lines, in column order. */
  cells: readonly (readonly string[])[];
  height: number;
}

export interface TableGrid {
  /** The columns with their widths in points (from `fitColumns`). */
  columns: readonly TableColumn[];
  fontSize: number;
  width: number;
  header: GridRow;
  rows: readonly GridRow[];
}

const lineHeightOf = (fontSize: number) => fontSize * tableCell.lineHeight;

function gridRow(
  columns: readonly TableColumn[],
  cells: readonly string[],
  fontSize: number,
  options: { bold?: boolean; minHeight?: number },
): GridRow {
  const lines = columns.map((column, i) =>
    wrapLines(cells[i] ?? '', column.width - tableCell.paddingH * 2 - tableCell.rule, fontSize, {
      ...(options.bold ? { bold: true } : {}),
      ...(column.code && !options.bold ? { slashBreaks: true } : {}),
    }),
  );
  const tallest = Math.max(...lines.map((cell) => cell.length));
  const height = tallest * lineHeightOf(fontSize) + tableCell.paddingV * 2 + tableCell.rule;
  return { cells: lines, height: Math.max(height, options.minHeight ?? 0) };
}

/** The grid of `rows` under a bold header of the column labels. */
export function tableGrid(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  fontSize: number,
  minRowHeight = 0,
): TableGrid {
  return {
    columns,
    fontSize,
    width: columns.reduce((sum, column) => sum + column.width, 0) + tableCell.rule,
    header: gridRow(
      columns,
      columns.map((column) => column.label),
      fontSize,
      { bold: true },
    ),
    rows: rows.map((row) => gridRow(columns, row, fontSize, { minHeight: minRowHeight })),
  };
}

/** The height of the header and `rows` of the grid, rules included. */
export const gridHeight = (grid: TableGrid, rows: readonly GridRow[]): number =>
  rows.reduce((sum, row) => sum + row.height, grid.header.height) + tableCell.rule;
