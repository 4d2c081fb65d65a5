import { describe, expect, it } from 'vitest';
import { encodeBase64url } from './base64url';
import { fixedKey, keyringOf, letterInput, signed, tanggamusKey } from './fixtures.test-helpers';
import { keyringEntryOf } from './keys';
import type { SignedLetter } from './signedLetter';
import { verifyCode } from './verifyCode';

const keyring = keyringOf(tanggamusKey, fixedKey('dinsos-solok', 3));
const letter = signed();

/** The app's letters table, keyed by printed code; async like Dexie. */
const storeOf =
  (...letters: SignedLetter[]) =>
  async (code: string) =>
    letters.find((stored) => stored.code === code);

describe('verifyCode', () => {
  it('says genuine for the code of a stored, intact letter, however it was typed', async () => {
    const typed = letter.code
      .toLowerCase()
      .replaceAll('-', ' ')
      .replaceAll('0', 'o')
      .replaceAll('1', 'l');
    expect(await verifyCode(typed, storeOf(letter), keyring)).toMatchObject({
      status: 'genuine',
      claim: letter.claim,
      key: keyringEntryOf(tanggamusKey),
    });
  });

  it('accepts a synchronous lookup', async () => {
    expect((await verifyCode(letter.code, () => letter, keyring)).status).toBe('genuine');
  });

  it('ignores whatever else the letters table keeps on the row', async () => {
    const row = { ...letter, caseId: '0190a6b2-0000-7000-8000-000000000001', pdfSha256: 'ab' };
    expect((await verifyCode(letter.code, () => row, keyring)).status).toBe('genuine');
  });

  it('says unknown when no letter has that code', async () => {
    const other = signed(letterInput({ letterNumber: '400.9.11/0999/Dinsos/2026' }));
    expect(await verifyCode(other.code, storeOf(letter), keyring)).toEqual({
      status: 'unknown',
      code: 'letter-unknown',
      message: `Kode tidak dikenal: tidak ada surat dengan kode ${other.code} dalam data surat yang diterbitkan.`,
    });
  });

  it('says unknown, without looking up, for text that is no code', async () => {
    const lookup = () => {
      throw new Error('looked up');
    };
    const cases: [string, string][] = [
      ['', 'code-empty'],
      ['ABCD-EFGH-JK', 'code-length'],
      ['ABCD-EFGH-JKU!', 'code-characters'],
      [letter.code.replace(/.$/, letter.code.endsWith('0') ? '1' : '0'), 'code-mistyped'],
    ];
    for (const [typed, code] of cases) {
      expect(await verifyCode(typed, lookup, keyring)).toMatchObject({ status: 'unknown', code });
    }
  });

  it('says altered when the stored record was edited', async () => {
    const edits: Partial<SignedLetter['claim']>[] = [
      { letterNumber: '400.9.11/0124/Dinsos/2026' },
      { issuedOn: '2026-11-24' },
      { subjectHash: encodeBase64url(new Uint8Array(16)) },
      { officeId: 'dinsos-solok' },
    ];
    for (const edit of edits) {
      const edited = { ...letter, claim: { ...letter.claim, ...edit } };
      expect(await verifyCode(letter.code, storeOf(edited), keyring)).toMatchObject({
        status: 'altered',
        code: 'signature-invalid',
      });
    }
  });

  it('says altered when the stored code or signature does not belong to the record', async () => {
    const other = signed(letterInput({ letterNumber: '400.9.11/0999/Dinsos/2026' }));
    const swapped = { ...letter, signature: other.signature };
    expect(await verifyCode(letter.code, storeOf(swapped), keyring)).toMatchObject({
      status: 'altered',
      code: 'code-mismatch',
    });
    expect(await verifyCode(letter.code, () => other, keyring)).toMatchObject({
      status: 'altered',
      code: 'code-mismatch',
    });
  });

  it('says altered for a stored record that is damaged', async () => {
    const damaged = { ...letter, claim: { ...letter.claim, issuedOn: 'kemarin' } };
    expect(await verifyCode(letter.code, storeOf(damaged), keyring)).toEqual({
      status: 'altered',
      code: 'record-invalid',
      message:
        'Isi surat telah diubah: data surat tersimpan untuk kode ini rusak atau tidak lengkap.',
    });
  });

  it('says revoked or unknown as the QR check would', async () => {
    const revoked = keyringOf({
      ...keyringEntryOf(tanggamusKey),
      revokedAt: '2026-01-10T00:00:00+07:00',
    });
    expect((await verifyCode(letter.code, storeOf(letter), revoked)).status).toBe('revoked');
    expect((await verifyCode(letter.code, storeOf(letter), { keys: [] })).code).toBe('key-unknown');
  });
});
