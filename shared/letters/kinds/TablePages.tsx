// @jsxRuntime automatic
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { DataTable, type TableColumn } from '../blocks/DataTable';
import { LetterPage } from '../blocks/LetterPage';
import { PageNumber } from '../blocks/PageNumber';
import { chunkRows, rowHeights } from '../pagination';
import { contentBox, type Orientation } from '../paper';
import type { LetterOffice } from '../types';

export interface TableLayout {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  fontSize: number;
  minRowHeight?: number;
  empty: string;
}

/** The table's rows cut into pages, and the number of pages. */
export function cutTable(
  office: LetterOffice,
  orientation: Orientation,
  table: TableLayout,
  heights: { head: number; tail: number },
) {
  const box = contentBox(office.paperSize, office.marginsMm, orientation);
  const header = rowHeights(
    table.columns,
    [table.columns.map((c) => c.label)],
    box.width,
    table.fontSize,
    {
      bold: true,
    },
  );
  const rows = rowHeights(table.columns, table.rows, box.width, table.fontSize, {
    minRowHeight: table.minRowHeight ?? 0,
  });
  const headerHeight = header[0] ?? 0;
  return chunkRows(
    rows,
    { first: box.height - heights.head - headerHeight, next: box.height - headerHeight },
    heights.tail,
  );
}

/**
 * A long table as explicit pages, each with the header row and "Halaman i dari N". The header
 * is also `fixed`, so should an estimate be short react-pdf repeats it on the page it adds.
 */
export function TablePages({
  office,
  orientation,
  table,
  pages,
  head,
  tail,
}: {
  office: LetterOffice;
  orientation: Orientation;
  table: TableLayout;
  pages: readonly (readonly number[])[];
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
            <DataTable
              columns={table.columns}
              rows={indices.map((i) => table.rows[i] ?? [])}
              fontSize={table.fontSize}
              repeatHeader
              minRowHeight={table.minRowHeight ?? 0}
              empty={table.empty}
            />
          ) : null}
          {p === pages.length - 1 && tail ? <View>{tail}</View> : null}
        </LetterPage>
      ))}
    </>
  );
}
