import { createContext, useContext } from 'react';

/**
 * Type sizes and spacing of one rendering, derived from the body size. A one-page letter is
 * set in 12 pt (Arial-metric Arimo, as tata naskah dinas asks); only when it would run onto
 * a second page does `renderLetterPdf` set it again a little smaller.
 */
export interface LetterScale {
  body: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Kop surat: government line, office line, unit line, address/contact lines. */
  government: number;
  office: number;
  unit: number;
  kopDetail: number;
  /** Tables, paraf boxes, tembusan. */
  small: number;
  /** Verification wording, page numbers. */
  tiny: number;
  /** Space between blocks and between paragraphs. */
  gap: number;
  /** Blank height for the wet signature and the stamp. */
  signatureSpace: number;
}

/** The body size a letter starts at. */
export const defaultBodySize = 12;

export function scaleFor(body: number): LetterScale {
  const ratio = body / defaultBodySize;
  return {
    body,
    leading: body >= defaultBodySize ? 1.15 : 1.08,
    government: 14 * ratio,
    office: 17 * ratio,
    unit: 12 * ratio,
    kopDetail: 9 * ratio,
    small: 10 * ratio,
    tiny: 7.5 * ratio,
    gap: 8 * ratio,
    signatureSpace: 50 * ratio,
  };
}

export const ScaleContext = createContext<LetterScale>(scaleFor(defaultBodySize));

export const useScale = (): LetterScale => useContext(ScaleContext);

/** How `PageNumber` numbers pages: plain text from the document's own page cut, or react-pdf's. */
export const PageNumbersContext = createContext<'static' | 'dynamic'>('static');
