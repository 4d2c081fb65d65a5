import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase32 } from './base32';
import {
  fixedKey,
  keyringOf,
  letterInput,
  signed,
  subject,
  tanggamusKey,
} from './fixtures.test-helpers';
import { keyringEntryOf } from './keys';
import { qrMatrix, qrVersionOf } from './qrMatrix';
import { matchesSubject } from './subjectHash';
import { verifyQrText } from './verifyQrText';

const keyring = keyringOf(tanggamusKey, fixedKey('dinsos-solok', 3));

describe('verifyQrText', () => {
  it('says genuine for a letter signed by a key in the keyring, with the claim and the key', () => {
    const letter = signed();
    const result = verifyQrText(letter.qrText, keyring);
    expect(result).toEqual({
      status: 'genuine',
      code: 'genuine',
      message:
        'Surat asli: kode verifikasi cocok dengan surat nomor 400.9.11/0123/Dinsos/2026 tanggal ' +
        '23 November 2026 dari kantor dinsos-tanggamus. Cocokkan nomor dan tanggal ini dengan yang ' +
        'tercetak pada surat, dan bila berkasnya ada, cocokkan juga NIK dan nama pemohon.',
      claim: letter.claim,
      key: keyringEntryOf(tanggamusKey),
    });
    if (result.status === 'genuine') expect(matchesSubject(result.claim, subject)).toBe(true);
  });

  it('reads the payload after any verification URL, and around stray whitespace', () => {
    for (const base of [
      'https://verify.example/v/',
      'HTTPS://VERIFY.EXAMPLE/V/',
      'https://x.example/?c=',
    ]) {
      const letter = signed(letterInput(), tanggamusKey, base);
      expect(verifyQrText(` ${letter.qrText}\n`, keyring).status).toBe('genuine');
    }
  });

  it('says unknown for a key this device does not have', () => {
    const stranger = fixedKey('dinsos-tanggamus', 42);
    const result = verifyQrText(signed(letterInput(), stranger).qrText, keyring);
    expect(result).toEqual({
      status: 'unknown',
      code: 'key-unknown',
      message: `Kode tidak dikenal: kunci kantor penerbit (ID ${stranger.keyId}) tidak ada di daftar kunci perangkat ini. Perbarui daftar kunci kantor, atau tanyakan ke kantor penerbit.`,
    });
    expect(verifyQrText(signed().qrText, { keys: [] }).code).toBe('key-unknown');
  });

  it('says altered when the keyring entry of that id holds another public key', () => {
    const forged = {
      ...keyringEntryOf(tanggamusKey),
      publicKey: fixedKey('dinsos-tanggamus', 5).publicKey,
    };
    expect(verifyQrText(signed().qrText, keyringOf(forged))).toMatchObject({
      status: 'altered',
      code: 'signature-invalid',
      message: expect.stringMatching(/^Isi surat telah diubah/),
    });
  });

  it('keeps letters of a rotated-out key genuine, beside the new key', () => {
    const newKey = fixedKey('dinsos-tanggamus', 2, '2026-06-01T08:00:00+07:00');
    const rotated = keyringOf(tanggamusKey, newKey);
    const old = signed(letterInput({ issuedOn: '2026-03-02' }));
    const fresh = signed(letterInput({ issuedOn: '2026-07-01' }), newKey);
    expect(verifyQrText(old.qrText, rotated)).toMatchObject({
      status: 'genuine',
      key: { keyId: tanggamusKey.keyId },
    });
    expect(verifyQrText(fresh.qrText, rotated)).toMatchObject({
      status: 'genuine',
      key: { keyId: newKey.keyId },
    });
  });

  it('says revoked for letters dated on or after the revocation date, genuine before', () => {
    const revokedAt = '2026-06-01T08:00:00+07:00';
    const withRevocation = keyringOf({ ...keyringEntryOf(tanggamusKey), revokedAt });
    const status = (issuedOn: string) =>
      verifyQrText(signed(letterInput({ issuedOn })).qrText, withRevocation).status;
    expect(status('2026-05-31')).toBe('genuine');
    expect(status('2026-06-01')).toBe('revoked');
    expect(status('2026-12-01')).toBe('revoked');
    const result = verifyQrText(
      signed(letterInput({ issuedOn: '2026-06-02' })).qrText,
      withRevocation,
    );
    expect(result).toMatchObject({
      status: 'revoked',
      code: 'key-revoked',
      message:
        'Keaslian surat tidak dapat dipastikan: kunci kantor dinsos-tanggamus yang dipakai surat ini ' +
        'dicabut pada 1 Juni 2026, pada atau sebelum tanggal surat (2 Juni 2026). Hubungi kantor penerbit.',
    });
  });

  it('says unknown, with the reason, for text that is not a payload of ours', () => {
    const { qrText } = signed();
    const body = qrText.slice('LKT1.'.length);
    const cases: [string, string][] = [
      ['', 'qr-not-loket'],
      ['https://example.com/', 'qr-not-loket'],
      ['ALKT1.' + body, 'qr-not-loket'],
      ['XYZ1.' + body, 'qr-not-loket'],
      ['LKT2.' + body, 'qr-version-unsupported'],
      ['LKT1.', 'qr-malformed'],
      ['LKT1.' + body.toLowerCase(), 'qr-malformed'],
      ['LKT1.' + body.replace(/.$/, 'U'), 'qr-malformed'],
      ['LKT1.' + body + '0', 'qr-malformed'],
      ['LKT1.' + body + '00', 'qr-malformed'],
      ['LKT1.' + Buffer.from('hello').toString('base64url'), 'qr-malformed'],
    ];
    for (const [text, code] of cases) {
      expect(verifyQrText(text, keyring), text).toMatchObject({ status: 'unknown', code });
    }
  });

  it('says unknown for every truncation of a genuine payload', () => {
    const { qrText } = signed();
    for (let length = 0; length < qrText.length; length += 1) {
      expect(verifyQrText(qrText.slice(0, length), keyring).status).toBe('unknown');
    }
  });

  it('never throws and never says genuine for random text or random payloads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(verifyQrText(text, keyring).status).toBe('unknown');
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (bytes) => {
        expect(['unknown', 'altered']).toContain(
          verifyQrText(`LKT1.${encodeBase32(bytes)}`, keyring).status,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('fits a QR of version 8 or less at level M for realistic letters', () => {
    const letterNumbers = [
      '400.9.11/0123/Dinsos/2026',
      '400.9.11/1234/Linjamsos-Dinsos/XI/2026',
      '400.9.11/REAKTIVASI-PBI/0001/Dinsos/2026',
    ];
    for (const letterNumber of letterNumbers) {
      const { qrText } = signed(letterInput({ letterNumber }));
      expect(qrVersionOf(qrMatrix(qrText)), letterNumber).toBeLessThanOrEqual(8);
    }
    expect(signed().qrText).toHaveLength(186);
    expect(qrVersionOf(qrMatrix(signed().qrText))).toBe(8);
  });
});
