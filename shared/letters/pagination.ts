import type { TableColumn } from './blocks/DataTable';
import { lineCount, textWidth } from './metrics';
import type { LetterScale } from './scale';
import type { Letterhead } from '../office/letterhead';

/** Cell geometry shared by `DataTable` and the row height estimate. */
export const tableCell = { paddingV: 2, paddingH: 3, rule: 0.5, lineHeight: 1.2 };

/** Estimated heights are stretched by this much, so a page never overflows by a hair. */
const safety = 1.02;

/**
 * The columns with their widths in points: a column with a `sample` just wide enough for it
 * on one line, the others sharing what is left by their weights.
 */
export function fitColumns(
  columns: readonly TableColumn[],
  tableWidth: number,
  fontSize: number,
): TableColumn[] {
  const chrome = tableCell.paddingH * 2 + tableCell.rule + 1;
  const fixed = columns.map((column) =>
    column.sample === undefined ? undefined : textWidth(column.sample, fontSize) + chrome,
  );
  const taken = fixed.reduce<number>((sum, width) => sum + (width ?? 0), tableCell.rule * 2);
  const weights = columns.reduce((sum, column, i) => sum + (fixed[i] ? 0 : column.width), 0);
  return columns.map((column, i) => ({
    ...column,
    width: fixed[i] ?? ((tableWidth - taken) * column.width) / weights,
  }));
}

/** The kop surat's height at a content width (see `Kop`). */
export function kopHeight(
  letterhead: Letterhead,
  scale: LetterScale,
  contentWidth: number,
): number {
  const textWidthAvailable = contentWidth - scale.body * 4.4 * 2;
  const lines = (text: string | undefined, size: number, bold = false) =>
    text ? lineCount(text, textWidthAvailable, size, { bold }) * size * 1.15 : 0;
  const contacts = [letterhead.phone, letterhead.email, letterhead.website]
    .filter(Boolean)
    .map((contact) => textWidth(`Telepon ${contact}`, scale.kopDetail) + 8)
    .reduce((sum, width) => sum + width, 0);
  const text =
    lines(letterhead.government.toUpperCase(), scale.government, true) +
    lines(letterhead.officeName.toUpperCase(), scale.office, true) +
    lines(letterhead.unit, scale.unit, true) +
    lines(letterhead.address, scale.kopDetail) +
    (contacts > 0 ? Math.ceil(contacts / textWidthAvailable) * scale.kopDetail * 1.15 : 0);
  const rule = 2.4 + 1.2 + 0.8;
  return (Math.max(text, scale.body * 4.4) + 3 + rule + scale.gap * 1.25) * safety;
}

/**
 * Rows per page, in order: as many as fit each page's room for rows (the first page has less,
 * below the kop and title); the last page also keeps room for `tail` (the signature).
 */
export function chunkRows(
  heights: readonly number[],
  room: { first: number; next: number },
  tail = 0,
): number[][] {
  const pages: number[][] = [[]];
  let left = room.first;
  heights.forEach((height, index) => {
    const page = pages.at(-1);
    if (page && (height <= left || page.length === 0)) {
      page.push(index);
      left -= height;
      return;
    }
    pages.push([index]);
    left = room.next - height;
  });
  if (tail > left) pages.push([]);
  return pages;
}

/** A centred title block of `DocumentTitle`: the bold title and its plain lines. */
export function titleHeight(
  title: string,
  lines: readonly string[],
  scale: LetterScale,
  contentWidth: number,
): number {
  const count =
    lineCount(title, contentWidth, scale.body, { bold: true }) +
    lines.reduce((sum, line) => sum + lineCount(line, contentWidth, scale.body), 0);
  return (count * scale.body * scale.leading + scale.gap * 1.25) * safety;
}

/** A signature block under a table: its margin, up to seven lines and the signing space. */
export const signatureHeight = (scale: LetterScale): number =>
  (scale.gap * 1.5 + 7 * scale.body * scale.leading + scale.signatureSpace) * safety;
