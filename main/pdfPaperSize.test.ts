import { describe, expect, it } from 'vitest';
import { onePagePdf } from '../test-support/onePagePdf';
import { pdfPaperSize } from './pdfPaperSize';

const pdf = (text: string) => new TextEncoder().encode(text);

describe('the paper size of a PDF', () => {
  it.each([
    [609.45, 935.43, 'F4'],
    [595.28, 841.89, 'A4'],
    [595, 842, 'A4'],
    [935.43, 609.45, 'F4'],
    [612, 792, null],
  ])('%s × %s pt is %s', (width, height, size) => {
    expect(pdfPaperSize(pdf(onePagePdf(width, height, 'Surat')))).toBe(size);
  });

  it('is null for bytes without a page', () => {
    expect(pdfPaperSize(pdf('%PDF-1.7\n%%EOF'))).toBeNull();
  });
});
