import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { cloneElement, type ReactElement } from 'react';
import { letterFontsRegistered, preloadLetterFonts } from './fonts';
import type { LetterElement } from './LetterDocument';

/** Body sizes a one-page letter is tried at: 12 pt first, 11 pt at the least. */
export const onePageSizes: readonly number[] = [12, 11.5, 11];

/** A one-page letter whose content does not fit one page even at the smallest size. */
export class LetterOverflowError extends Error {
  constructor(
    readonly title: string,
    readonly pages: number,
  ) {
    super(`"${title}" needs ${pages} pages even at ${onePageSizes.at(-1)} pt`);
    this.name = 'LetterOverflowError';
  }
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const pagesKey = ascii('/Type /Pages');
const countKey = ascii('/Count ');

function indexOf(bytes: Uint8Array, key: Uint8Array, from: number): number {
  const first = key[0];
  for (let i = bytes.indexOf(first ?? 0, from); i !== -1; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (key.every((byte, j) => bytes[i + j] === byte)) return i;
  }
  return -1;
}

/** Pages of a PDF made by pdfkit, from the `/Count` of its page tree (0 when not found). */
export function pdfPageCount(bytes: Uint8Array): number {
  const tree = indexOf(bytes, pagesKey, 0);
  const count = tree === -1 ? -1 : indexOf(bytes, countKey, tree);
  if (count === -1) return 0;
  let pages = 0;
  for (let i = count + countKey.length; (bytes[i] ?? 0) >= 48 && (bytes[i] ?? 0) <= 57; i++) {
    pages = pages * 10 + (bytes[i] ?? 0) - 48;
  }
  return pages;
}

/** The part of a Blob we read; `shared/` is type-checked without DOM types. */
type PdfBlob = { arrayBuffer(): Promise<ArrayBuffer> };

async function renderOnce(document: LetterElement): Promise<Uint8Array> {
  // LetterDocument renders react-pdf's <Document>, which is what pdf() expects at the root.
  const root = document as unknown as ReactElement<DocumentProps>;
  const blob = (await pdf(root).toBlob()) as unknown as PdfBlob;
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Renders a document to PDF bytes, in Node and in the browser alike. The same input gives
 * the same bytes: the dates come from the issue date and pdfkit derives the file ID from
 * them. A one-page letter that runs over is set again at the next smaller body size. A table
 * document (its painted tables draw with the loaded faces) whose heading ran longer than its
 * estimate, pushing a table onto a page more, is rendered again with react-pdf's page
 * numbers, so "Halaman i dari N" is right either way.
 */
export async function renderLetterPdf(document: LetterElement): Promise<Uint8Array> {
  if (!letterFontsRegistered()) {
    throw new Error('registerLetterFonts() must run before a letter is rendered');
  }
  const { fit, sizes = onePageSizes, expectedPages } = document.props;
  if (fit === 'flow') {
    await preloadLetterFonts();
    const bytes = await renderOnce(document);
    if (expectedPages === undefined || pdfPageCount(bytes) === expectedPages) return bytes;
    return renderOnce(cloneElement(document, { dynamicPageNumbers: true }));
  }
  let bytes: Uint8Array = new Uint8Array();
  for (const bodySize of sizes) {
    bytes = await renderOnce(cloneElement(document, { bodySize }));
    if (pdfPageCount(bytes) <= 1) return bytes;
  }
  if (fit === 'preferOnePage') return bytes;
  throw new LetterOverflowError(document.props.meta.title, pdfPageCount(bytes));
}
