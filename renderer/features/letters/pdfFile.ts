// The stored PDF of an issued letter, checked before it is printed or saved.
import type { LoketDb } from '../../db/database';
import type { LetterRow } from '../../db/rows';
import { sha256Hex } from '../scans/sha256';
import { letterLabels } from './labels';

export type StoredPdf = { ok: true; blob: Blob } | { ok: false; message: string };

/** The issued PDF, checked against the sha256 recorded when it was issued. */
export async function storedLetterPdf(db: LoketDb, letter: LetterRow): Promise<StoredPdf> {
  const row = await db.blobs.get(letter.pdf.sha256);
  if (!row) return { ok: false, message: letterLabels.panel.pdfMissing };
  if ((await sha256Hex(row.data)) !== letter.pdf.sha256) {
    return { ok: false, message: letterLabels.panel.pdfAltered };
  }
  return { ok: true, blob: row.data };
}

/** Saves the PDF under the letter's number, slashes replaced. */
export function downloadPdf(blob: Blob, letter: LetterRow): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${letter.number.replaceAll('/', '-')}.pdf`;
  link.click();
  URL.revokeObjectURL(url);
}
