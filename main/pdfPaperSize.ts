// The paper a PDF was made for, read from its first page's MediaBox (react-pdf writes page
// dictionaries uncompressed): the printer is then told the same size the letter was set on.
import type { PaperSize } from './printing/printer';

const sizes: Record<PaperSize, { width: number; height: number }> = {
  F4: { width: 609.45, height: 935.43 },
  A4: { width: 595.28, height: 841.89 },
};

const near = (a: number, b: number) => Math.abs(a - b) < 2;

/** F4 or A4 (portrait or landscape), or null for any other size or no MediaBox at all. */
export function pdfPaperSize(pdf: Uint8Array): PaperSize | null {
  const head = new TextDecoder('latin1').decode(pdf.subarray(0, Math.min(pdf.length, 1 << 20)));
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(head);
  if (!box) return null;
  const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
  const width = Math.abs(x1 - x0);
  const height = Math.abs(y1 - y0);
  for (const [name, size] of Object.entries(sizes) as [PaperSize, (typeof sizes)[PaperSize]][]) {
    const portrait = near(width, size.width) && near(height, size.height);
    const landscape = near(width, size.height) && near(height, size.width);
    if (portrait || landscape) return name;
  }
  return null;
}
