// The stored PDF of an issued letter, checked before it is printed or saved.
import type { LoketDb } from '../../db/database';
import { saveFile } from '../../components/saveFile';
import type { LetterRow } from '../../db/rows';
import { platform } from '../../platform/platform';
import { blobFromServer } from '../../sync/blobFromServer';
import { sha256Hex } from '../scans/sha256';
import { letterLabels } from './labels';

export type StoredPdf = { ok: true; blob: Blob } | { ok: false; message: string };

/**
 * The issued PDF, checked against the sha256 recorded when it was issued. A letter another
 * counter issued has its PDF fetched from the server the first time.
 */
export async function storedLetterPdf(db: LoketDb, letter: LetterRow): Promise<StoredPdf> {
  let row = await db.blobs.get(letter.pdf.sha256);
  if (!row) {
    const fetched = await blobFromServer(
      db,
      { sha256: letter.pdf.sha256, caseId: letter.caseId, mime: 'application/pdf' },
      new Date(),
    );
    if (!fetched.ok) return { ok: false, message: fetched.message };
    row = fetched.row;
  }
  if ((await sha256Hex(row.data)) !== letter.pdf.sha256) {
    return { ok: false, message: letterLabels.panel.pdfAltered };
  }
  return { ok: true, blob: row.data };
}

/**
 * The PDF to print again: the archived copy where the desktop's archive holds it (main checks
 * it against the letter's SHA-256 and the month's index, and an archived copy that differs is
 * refused, never printed), else the app's own copy, checked the same way.
 */
export async function letterPdfForPrint(db: LoketDb, letter: LetterRow): Promise<StoredPdf> {
  const archived = await platform().readArchivedLetter({
    number: letter.number,
    issuedOn: letter.issuedOn,
    sha256: letter.pdf.sha256,
  });
  if (!archived.ok) return { ok: false, message: archived.message };
  if (archived.value === null) return storedLetterPdf(db, letter);
  const bytes = archived.value as Uint8Array<ArrayBuffer>;
  return { ok: true, blob: new Blob([bytes], { type: 'application/pdf' }) };
}

/** Saves the PDF under the letter's number, slashes replaced. */
export function downloadPdf(blob: Blob, letter: LetterRow): void {
  saveFile(blob, `${letter.number.replaceAll('/', '-')}.pdf`);
}
