import type { Margins, PaperSize } from '../office/profile';

export type Orientation = 'portrait' | 'landscape';

/** Millimetres to PDF points (1 pt = 1/72 inch). */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** Portrait sheet sizes in millimetres: F4 (folio, the norm in regional offices) and A4. */
export const paperMm: Record<PaperSize, { width: number; height: number }> = {
  F4: { width: 215, height: 330 },
  A4: { width: 210, height: 297 },
};

/**
 * The sheet in points, `[width, height]`: F4 609.45 × 935.43, A4 595.28 × 841.89;
 * landscape swaps the two.
 */
export function pageSizePt(
  paper: PaperSize,
  orientation: Orientation = 'portrait',
): [number, number] {
  const { width, height } = paperMm[paper];
  const portrait: [number, number] = [mmToPt(width), mmToPt(height)];
  return orientation === 'portrait' ? portrait : [portrait[1], portrait[0]];
}

/** Page padding in points from the office's margins in millimetres. */
export function pagePadding(margins: Margins) {
  return {
    paddingTop: mmToPt(margins.top),
    paddingRight: mmToPt(margins.right),
    paddingBottom: mmToPt(margins.bottom),
    paddingLeft: mmToPt(margins.left),
  };
}

/** The area inside the margins, in points. */
export function contentBox(
  paper: PaperSize,
  margins: Margins,
  orientation: Orientation = 'portrait',
): { width: number; height: number } {
  const [width, height] = pageSizePt(paper, orientation);
  return {
    width: width - mmToPt(margins.left) - mmToPt(margins.right),
    height: height - mmToPt(margins.top) - mmToPt(margins.bottom),
  };
}
