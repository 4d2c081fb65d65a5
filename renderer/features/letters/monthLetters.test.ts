import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/commands/harness.test-helpers';
import { pdfInfo, pdfText } from '../../../shared/letters/pdfChecks.test-helpers';
import {
  letterOutDir,
  missingPoppler,
  registerNodeLetterFonts,
  runTool,
} from '../../../test-support/letterPdfOutput';
import type { LoketDb } from '../../db/database';
import type { LetterRow } from '../../db/rows';
import { issueCaseLetter } from './issueLetter';
import { letterLabels } from './labels';
import { caseAtSignature, contextAt, office, signerNip } from './letterCase.test-helpers';
import { bnbaPdf, dispatchBookPdf } from './monthDocuments';
import { lettersOfMonth, servicesOf } from './monthLetters';

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});
beforeAll(registerNodeLetterFonts);

/** A database with the Bulukumba case's letter issued. */
async function issued(): Promise<{ letter: LetterRow; at: Date }> {
  const made = await caseAtSignature();
  db = made.db;
  const request = {
    caseId: made.caseId,
    letterId: '0196f0a0-0000-7000-8000-0000000000c1',
    signerNip,
  };
  const outcome = await issueCaseLetter(db, request, contextAt(made.at), { office });
  if (!outcome.ok) throw new Error(outcome.errors.map((error) => error.message).join('; '));
  return { letter: outcome.letter, at: made.at };
}

/** A letter number as the tables print it: it may wrap after a "/". */
const wrapped = (number: string) =>
  new RegExp(number.replaceAll('.', '\\.').replaceAll('/', '/ ?'));

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe("the month's letters", () => {
  it('lists the letters of the month with their case and subject, and nothing of other months', async () => {
    const { letter } = await issued();
    const rows = await lettersOfMonth(db, letter.issuedOn.slice(0, 7));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.letter.number).toBe(letter.number);
    expect(rows[0]?.letter.subject).toBe(
      'Surat Keterangan Pengaktifan Kembali PBI Jaminan Kesehatan',
    );
    expect(rows[0]?.caseRecord?.letterNumber).toBe(letter.number);
    expect(rows[0]?.subject?.id).toBe(rows[0]?.caseRecord?.subjectId);
    expect(await lettersOfMonth(db, '2026-08')).toEqual([]);
    await expect(lettersOfMonth(db, '2026-13')).rejects.toThrow(RangeError);
    expect(servicesOf(rows, catalog)).toEqual([
      { code: rows[0]?.caseRecord?.serviceCode, title: expect.stringMatching(/PBI/) },
    ]);
  });

  it('refuses a BNBA whose case is not on this device, instead of leaving a person out', async () => {
    const { letter, at } = await issued();
    const rows = await lettersOfMonth(db, letter.issuedOn.slice(0, 7));
    const orphan = rows.map((row) => ({ ...row, caseRecord: undefined }));
    const made = await bnbaPdf({ month: '2026-07', rows: orphan, office, now: at }, {});
    expect(made).toEqual({ ok: false, message: letterLabels.month.caseMissing });
  });

  describe.skipIf(missingPoppler.length > 0)('as PDFs', () => {
    it('prints the dispatch book and the BNBA of the month with the issued letter', async () => {
      const { letter, at } = await issued();
      const month = letter.issuedOn.slice(0, 7);
      const request = { month, rows: await lettersOfMonth(db, month), office, now: at };

      const book = await dispatchBookPdf(request);
      if (!book.ok) throw new Error(book.message);
      const bookFile = join(letterOutDir, 'month-bukuEkspedisi.pdf');
      writeFileSync(bookFile, await bytesOf(book.pdf));
      const bookText = pdfText(runTool, bookFile);
      expect(bookText).toContain('BUKU EKSPEDISI SURAT KELUAR');
      expect(bookText).toMatch(wrapped(letter.number));
      expect(bookText).toContain('Kepala BPJS Kesehatan');

      const signer = office.signers.find((candidate) => candidate.nip === signerNip);
      const recap = await bnbaPdf(request, {
        ...(signer ? { signer } : {}),
        service: 'Reaktivasi PBI',
      });
      if (!recap.ok) throw new Error(recap.message);
      const recapFile = join(letterOutDir, 'month-rekapBnba.pdf');
      writeFileSync(recapFile, await bytesOf(recap.pdf));
      const info = pdfInfo(runTool, recapFile);
      expect(info.width).toBeGreaterThan(info.height);
      const recapText = pdfText(runTool, recapFile);
      expect(recapText).toContain('Jumlah: 1 orang');
      expect(recapText).toMatch(wrapped(letter.number));
      expect(recapText).toContain(request.rows[0]?.subject?.nik ?? 'no nik');
      expect(recapText).toContain('Layanan: Reaktivasi PBI');
    });
  });
});
