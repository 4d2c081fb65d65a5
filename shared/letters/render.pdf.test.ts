// Rendering as a whole: the same input gives the same bytes, the PDF carries its metadata, the
// QR drawn on the page scans back to the signed text and verifies, a letter that cannot fit
// one page is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterCases, sourceOf } from './letterCases.test-helpers';
import { caseLetterOf, type CaseLetterSource } from './fromCase';
import { pdfInfo } from './pdfChecks.test-helpers';
import {
  letterOutDir,
  missingPoppler,
  registerNodeLetterFonts,
  runTool,
  writeLetterPdf,
} from '../../test-support/letterPdfOutput';
import { LetterOverflowError, pdfPageCount, renderLetterPdf } from './render';
import { fixedKey, keyringOf } from './verification/fixtures.test-helpers';
import { qrMatrix } from './verification/qrMatrix';
import { signLetter } from './verification/signLetter';
import { subjectHash } from './verification/subjectHash';
import { verifyQrText } from './verification/verifyQrText';

const run = runTool;
const missing = missingPoppler;

beforeAll(registerNodeLetterFonts);

const key = fixedKey('dinsos-bulukumba', 7);

/** The Bulukumba v2 letter with the office's real verification mark. */
function signedSource(): { source: CaseLetterSource; qrText: string } {
  const source = sourceOf(letterCases.bulukumbaV2());
  const subject = source.persons.find((person) => person.id === source.caseRecord.subjectId);
  const officeId = source.profile.id;
  const signed = signLetter(
    {
      officeId,
      letterNumber: source.number,
      issuedOn: source.issueDate,
      subjectHash: subjectHash({
        officeId,
        letterNumber: source.number,
        nik: subject?.nik ?? '',
        name: subject?.name ?? '',
      }),
    },
    key,
  );
  if (!signed.ok) throw new Error(signed.error.message);
  const { code, qrText } = signed.value;
  return { source: { ...source, verification: { code, qr: qrMatrix(qrText) } }, qrText };
}

function documentOf(source: CaseLetterSource) {
  const built = caseLetterOf(source);
  if (!built.ok) throw new Error(built.message);
  return built.document;
}

describe('renderLetterPdf', () => {
  it('gives byte-identical PDFs for the same input', async () => {
    const { source } = signedSource();
    const first = await renderLetterPdf(documentOf(source));
    const second = await renderLetterPdf(documentOf(source));
    expect(pdfPageCount(first)).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('refuses a one-page letter that cannot fit one page even at 11 pt', async () => {
    const source = sourceOf(letterCases.tanggamus(), {
      tembusan: Array.from({ length: 60 }, (_, i) => `Penerima tembusan ke-${i + 1}`),
    });
    await expect(renderLetterPdf(documentOf(source))).rejects.toBeInstanceOf(LetterOverflowError);
  });
});

describe.skipIf(missing.length > 0)(
  `the rendered letter read back (poppler-utils missing: ${missing.join(', ') || 'none'})`,
  () => {
    it('carries title, author, creator, producer and the issue date as creation date', async () => {
      const { source } = signedSource();
      const file = await writeLetterPdf('metadata-bulukumbaV2', documentOf(source));
      const info = pdfInfo(run, file);
      expect(info.title).toBe(
        'Surat Keterangan Pengaktifan Kembali PBI Jaminan Kesehatan 400.9.11/0123/Dinsos/2026',
      );
      expect(info.author).toBe('Dinas Sosial Kabupaten Bulukumba');
      expect(info.creator).toBe('Loket');
      expect(info.producer).toContain('Loket');
      expect(info.creationDate).toBe('Tue Jul 21 00:00:00 2026 UTC');
    });

    it('draws a QR that scans back to the signed text, which verifies; a changed text does not', async () => {
      const { source, qrText } = signedSource();
      const file = await writeLetterPdf('qr-bulukumbaV2', documentOf(source));
      // 100 dpi: about 2.7 pixels per module, less than a phone photo of the sheet gives.
      const prefix = join(letterOutDir, 'png', 'qr-bulukumbaV2-100dpi');
      run('pdftoppm', ['-png', '-r', '100', '-singlefile', file, prefix]);
      const png = PNG.sync.read(readFileSync(`${prefix}.png`));
      const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(scanned?.data).toBe(qrText);
      const keyring = keyringOf(key);
      expect(verifyQrText(scanned?.data ?? '', keyring).status).toBe('genuine');
      const tampered = `${qrText.slice(0, 20)}${qrText[20] === 'A' ? 'B' : 'A'}${qrText.slice(21)}`;
      expect(verifyQrText(tampered, keyring).status).not.toBe('genuine');
    });
  },
);
