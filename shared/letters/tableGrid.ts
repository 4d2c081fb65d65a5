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

/** The room for text in a column: its width less padding and its right rule. */
export const innerWidth = (column: TableColumn): number =>
  column.width - tableCell.paddingH * 2 - tableCell.rule;

/** A row of `lines` lines of text, with its padding and bottom rule. */
export const rowHeightOf = (lines: number, fontSize: number): number =>
  lines * fontSize * tableCell.lineHeight + tableCell.paddingV * 2 + tableCell.rule;

function gridRow(
  columns: readonly TableColumn[],
  cells: readonly string[],
  fontSize: number,
  options: { bold?: boolean; minHeight?: number },
): GridRow {
  const lines = columns.map((column, i) =>
    wrapLines(cells[i] ?? '', innerWidth(column), fontSize, {
      ...(options.bold ? { bold: true } : {}),
      ...(column.code && !options.bold ? { slashBreaks: true } : {}),
    }),
  );
  const height = rowHeightOf(Math.max(...lines.map((cell) => cell.length)), fontSize);
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
