// Handing an issued letter's PDF to the archive folder (desktop app; browser mode keeps it in
// IndexedDB only). A folder that cannot be written now is not an error: main keeps the PDF and
// archives it later, and the panel says the letter is waiting.
import type { LetterRow } from '../../db/rows';
import { platform } from '../../platform/platform';

/** Why the letter is not in the archive folder (yet), or null when it is or needs not be. */
export async function archiveLetter(letter: LetterRow, pdf: Uint8Array): Promise<string | null> {
  const result = await platform().archiveLetter(
    { number: letter.number, issuedOn: letter.issuedOn, sha256: letter.pdf.sha256 },
    pdf,
  );
  return result.ok ? result.value.problem : result.message;
}
