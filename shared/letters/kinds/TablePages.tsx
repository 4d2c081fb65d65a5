// @jsxRuntime automatic
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { TableColumn } from '../blocks/DataTable';
import { LetterPage } from '../blocks/LetterPage';
import { PageNumber } from '../blocks/PageNumber';
import { PaintedTable } from '../blocks/PaintedTable';
import { chunkRows } from '../pagination';
import { gridHeight, tableGrid, type TableGrid } from '../tableGrid';
import { contentBox, type Orientation } from '../paper';
import type { LetterOffice } from '../types';

export interface TableLayout {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  fontSize: number;
  minRowHeight?: number;
  empty: string;
}

/** The table's grid and its rows cut into pages (indices into the grid's rows). */
export function cutTable(
  office: LetterOffice,
  orientation: Orientation,
  table: TableLayout,
  heights: { head: number; tail: number },
): { grid: TableGrid; pages: number[][] } {
  const box = contentBox(office.paperSize, office.marginsMm, orientation);
  const grid = tableGrid(table.columns, table.rows, table.fontSize, table.minRowHeight ?? 0);
  const frame = gridHeight(grid, []);
  const pages = chunkRows(
    grid.rows.map((row) => row.height),
    { first: box.height - heights.head - frame, next: box.height - frame },
    heights.tail,
  );
  return { grid, pages };
}

/**
 * A long table as explicit pages, each with the header row and "Halaman i dari N"; `head`
 * opens the first page and `tail` closes the last.
 */
export function TablePages({
  office,
  orientation,
  grid,
  pages,
  empty,
  head,
  tail,
}: {
  office: LetterOffice;
  orientation: Orientation;
  grid: TableGrid;
  pages: readonly (readonly number[])[];
  empty: string;
  head: ReactNode;
  tail?: ReactNode;
}) {
  return (
    <>
      {pages.map((indices, p) => (
        <LetterPage
          key={p}
          office={office}
          orientation={orientation}
          footer={<PageNumber margins={office.marginsMm} page={p + 1} total={pages.length} />}
        >
          {p === 0 ? head : null}
          {indices.length > 0 || p === 0 ? (
            <PaintedTable
              grid={grid}
              rows={indices.flatMap((i) => grid.rows[i] ?? [])}
              empty={empty}
            />
          ) : null}
          {p === pages.length - 1 && tail ? <View>{tail}</View> : null}
        </LetterPage>
      ))}
    </>
  );
}
