import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrFromImage } from '../../../shared/letters/verification/decodeQrFromImage';
import { verifyQrText } from '../../../shared/letters/verification/verifyQrText';
import type { LoketDb } from '../../db/database';
import { readMeta } from '../../db/meta';
import { sha256Hex } from '../scans/sha256';
import { checkCode } from './checkLetter';
import { issueCaseLetter, previewCaseLetter } from './issueLetter';
import {
  caseAtSignature as signatureCase,
  contextAt,
  office,
  signerNip,
} from './letterCase.test-helpers';
import { fo } from '../../../shared/commands/harness.test-helpers';
import { registerNodeLetterFonts } from '../../../test-support/letterPdfOutput';

const outDir = 'test-results/letters/issued';
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});

beforeAll(() => {
  registerNodeLetterFonts();
  mkdirSync(outDir, { recursive: true });
});

/** The test's case at the signature; its database is deleted after the test. */
async function caseAtSignature(): Promise<{ caseId: string; at: Date }> {
  const made = await signatureCase();
  db = made.db;
  return made;
}

describe('issuing a case letter on the counter', () => {
  it('numbers, signs, renders and stores the letter with its op, once', async () => {
    const { caseId, at } = await caseAtSignature();
    const request = { caseId, letterId: '0196f0a0-0000-7000-8000-0000000000b1', signerNip };
    const issued = await issueCaseLetter(db, request, contextAt(at), { office });
    if (!issued.ok) throw new Error(issued.errors.map((error) => error.message).join('; '));

    expect(issued.letter).toMatchObject({
      number: '400.9.11/0001/Dinsos/2026',
      kind: 'keteranganReaktivasi',
      addressee: 'Kepala BPJS Kesehatan',
      issuedOn: '2026-07-20',
    });
    expect((await db.cases.get(caseId))?.letterNumber).toBe(issued.letter.number);
    const blob = await db.blobs.get(issued.letter.pdf.sha256);
    expect(blob?.mime).toBe('application/pdf');
    expect(await sha256Hex(await (blob?.data as Blob).arrayBuffer())).toBe(
      issued.letter.pdf.sha256,
    );
    const ops = await db.outbox.toArray();
    expect(ops.map((op) => op.type)).toEqual(['letter.issue']);
    expect(JSON.stringify(ops[0]?.payload).length).toBeLessThan(2_000);
    expect(await readMeta(db, 'numberState')).toMatchObject({
      blocks: [{ year: 2026, start: 1, end: 500 }],
      lastTaken: { '2026': 1 },
    });
    expect((await readMeta(db, 'keyring'))?.keys).toHaveLength(1);

    // The typed code finds it and verifies it; a second letter for the case is refused.
    const checked = await checkCode(db, issued.letter.verification.code.toLowerCase());
    expect(checked.verification).toMatchObject({ status: 'genuine' });
    const again = await issueCaseLetter(
      db,
      { ...request, letterId: '0196f0a0-0000-7000-8000-0000000000b2' },
      contextAt(at),
      { office },
    );
    expect(again).toMatchObject({ ok: false, errors: [{ code: 'letter-already-issued' }] });
    expect(await db.letters.count()).toBe(1);
    expect(await readMeta(db, 'numberState')).toMatchObject({ lastTaken: { '2026': 1 } });

    const file = join(outDir, 'keteranganReaktivasi.pdf');
    writeFileSync(file, issued.pdf);
    if (!hasPoppler) return;
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('400.9.11/0001/Dinsos/2026');
    expect(text).toContain(issued.letter.verification.code);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-singlefile',
      file,
      join(outDir, 'keteranganReaktivasi'),
    ]);
    const png = PNG.sync.read(readFileSync(join(outDir, 'keteranganReaktivasi.png')));
    const read = decodeQrFromImage({
      data: new Uint8ClampedArray(png.data),
      width: png.width,
      height: png.height,
    });
    if (!read.ok) throw new Error(read.error.message);
    const keyring = await readMeta(db, 'keyring');
    expect(verifyQrText(read.value, keyring ?? { keys: [] })).toMatchObject({
      status: 'genuine',
      claim: { letterNumber: issued.letter.number, issuedOn: '2026-07-20' },
    });
  });

  it('previews without a number, and refuses the wrong role, leaving nothing behind', async () => {
    const { caseId, at } = await caseAtSignature();
    const request = { caseId, letterId: '0196f0a0-0000-7000-8000-0000000000b3', signerNip };
    const preview = await previewCaseLetter(db, request, contextAt(at), { office });
    expect(preview.ok).toBe(true);
    const refused = await issueCaseLetter(db, request, contextAt(at, fo), { office });
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'role-required' }] });
    expect([await db.letters.count(), await db.blobs.count(), await db.outbox.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(await readMeta(db, 'numberState')).toBeUndefined();
    expect(await readMeta(db, 'officeKey')).toBeUndefined();
  });
});
