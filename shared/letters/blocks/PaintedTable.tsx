// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import { Canvas } from '@react-pdf/renderer';
import { loadedLetterFont } from '../fonts';
import { textWidth } from '../metrics';
import { tableCell } from '../pagination';
import { gridHeight, innerWidth, rowHeightOf, type GridRow, type TableGrid } from '../tableGrid';

/** The part of pdfkit that react-pdf's canvas painter passes on; each call returns it. */
interface Painter {
  font(font: object, size: number): Painter;
  fillColor(color: string): Painter;
  strokeColor(color: string): Painter;
  lineWidth(width: number): Painter;
  rect(x: number, y: number, width: number, height: number): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  fill(): Painter;
  stroke(): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: false }): Painter;
}

const ink = '#000000';
const headerShade = '#e6e6e6';
/** Arimo's half-leading at a line height of 1.2 (ascent 0.905, descent 0.212 em). */
const halfLeading = (tableCell.lineHeight - (0.905 + 0.212)) / 2;

function paintRow(
  painter: Painter,
  grid: TableGrid,
  row: GridRow,
  top: number,
  options: { bold: boolean },
) {
  const { fontSize } = grid;
  const lineHeight = fontSize * tableCell.lineHeight;
  let left = tableCell.rule;
  grid.columns.forEach((column, i) => {
    const lines = row.cells[i] ?? [];
    const inner = innerWidth(column);
    const align = options.bold ? 'center' : (column.align ?? 'left');
    lines.forEach((line, l) => {
      const free = inner - textWidth(line, fontSize, options.bold);
      const offset = align === 'right' ? free : align === 'center' ? free / 2 : 0;
      painter.text(
        line,
        left + tableCell.paddingH + Math.max(offset, 0),
        top + tableCell.paddingV + l * lineHeight + halfLeading * fontSize,
        { lineBreak: false },
      );
    });
    left += column.width;
  });
}

/**
 * Some rows of a ruled table drawn straight onto the page with pdfkit, under the bold,
 * shaded header: the same look as `DataTable` at a fraction of react-pdf's layout cost, for
 * the dispatch book and the BNBA that run over many pages. The grid (lines and heights) is
 * computed beforehand, so what is drawn is exactly what the pages were cut by.
 */
export function PaintedTable({
  grid,
  rows,
  empty,
}: {
  grid: TableGrid;
  rows: readonly GridRow[];
  /** Shown across the table when there are no rows. */
  empty: string;
}) {
  const { rule } = tableCell;
  const { fontSize, width } = grid;
  const height =
    rows.length > 0 ? gridHeight(grid, rows) : gridHeight(grid, []) + rowHeightOf(1, fontSize);
  const bodyTop = rule + grid.header.height;
  const paint = (painter: Painter) => {
    painter.rect(rule, rule, width - rule * 2, grid.header.height - rule);
    painter.fillColor(headerShade).fill();
    painter.lineWidth(rule).strokeColor(ink);
    painter.rect(rule / 2, rule / 2, width - rule, height - rule).stroke();
    let y = bodyTop;
    for (const row of [undefined, ...rows.slice(0, -1)]) {
      y += row?.height ?? 0;
      painter.moveTo(rule, y - rule / 2).lineTo(width - rule, y - rule / 2);
    }
    const columnsBottom = rows.length > 0 ? height : bodyTop;
    let x = rule;
    for (const column of grid.columns.slice(0, -1)) {
      x += column.width;
      painter.moveTo(x - rule / 2, rule).lineTo(x - rule / 2, columnsBottom);
    }
    painter.stroke();

    painter.fillColor(ink).font(loadedLetterFont(700), fontSize);
    paintRow(painter, grid, grid.header, rule, { bold: true });
    painter.font(loadedLetterFont(400), fontSize);
    if (rows.length === 0) {
      const left = (width - textWidth(empty, fontSize)) / 2;
      painter.text(empty, Math.max(left, rule), bodyTop + tableCell.paddingV, {
        lineBreak: false,
      });
    }
    y = bodyTop;
    for (const row of rows) {
      paintRow(painter, grid, row, y, { bold: false });
      y += row.height;
    }
    return null;
  };
  return <Canvas style={{ width, height }} paint={paint} />;
}
