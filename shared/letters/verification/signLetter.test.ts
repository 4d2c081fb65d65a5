import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedMessage } from './claimBytes';
import { fixedKey, letterInput, signed, tanggamusKey } from './fixtures.test-helpers';
import { signedLetterSchema } from './signedLetter';
import { signLetter } from './signLetter';

describe('signLetter', () => {
  it('adds the version and key id, and gives signature, code and QR text', () => {
    const letter = signed();
    expect(letter.claim).toEqual({ ...letterInput(), v: 1, keyId: tanggamusKey.keyId });
    expect(letter.qrText).toMatch(/^LKT1\.[0-9A-HJKMNP-TV-Z]+$/);
    expect(letter.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(signedLetterSchema.parse(letter)).toEqual(letter);
  });

  it('makes a standard Ed25519 signature, which Node’s own crypto accepts', () => {
    const letter = signed();
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: tanggamusKey.publicKey },
      format: 'jwk',
    });
    const signature = Buffer.from(letter.signature, 'base64url');
    expect(verify(null, signedMessage(letter.claim), publicKey, signature)).toBe(true);
    expect(
      verify(
        null,
        signedMessage({ ...letter.claim, officeId: 'dinsos-solok' }),
        publicKey,
        signature,
      ),
    ).toBe(false);
  });

  it('is deterministic, so a re-print carries the same code and QR', () => {
    expect(signed()).toEqual(signed());
    expect(signed(letterInput({ letterNumber: '400.9.11/0124/Dinsos/2026' })).code).not.toBe(
      signed().code,
    );
  });

  it('pins the QR payload of a known letter (the format is printed on paper: it must not drift)', () => {
    expect(signed().qrText).toMatchInlineSnapshot(
      `"LKT1.6HTGZ65X4SFZK6D5VVRKWY1H5T1ZHE7DET5PY69M60R2WE9E64RJYC1H68SJYH39DSSPYWSF68R34DKXM00GJ0APB1P0HR3HTP6VSCEYJHN77J98B7Z4EEWRN7PAG8T7DQGDB3XQ39GMM602248MVHZQZHS73DSSKJ167YMD4TS9SS8GKT5GA"`,
    );
  });

  it('puts the payload after a verification URL when asked', () => {
    const letter = signed(letterInput(), tanggamusKey, 'https://verify.example/v/');
    expect(letter.qrText).toBe(`https://verify.example/v/${signed().qrText}`);
    const refused = signLetter(letterInput(), tanggamusKey, {
      verifyUrlBase: 'http://verify.example/v',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'url-base-invalid' } });
  });

  it('refuses a claim the QR cannot carry, in Indonesian', () => {
    const cases = [
      letterInput({ issuedOn: '2026-02-30' }),
      letterInput({ issuedOn: '1999-12-31' }),
      letterInput({ letterNumber: '' }),
      letterInput({ letterNumber: 'x'.repeat(81) }),
      letterInput({ subjectHash: 'not-a-hash' }),
    ];
    for (const input of cases) {
      const result = signLetter(input, tanggamusKey);
      expect(result).toMatchObject({ ok: false, error: { code: 'claim-invalid' } });
      if (!result.ok)
        expect(result.error.message).toMatch(/^Data surat untuk kode verifikasi tidak valid: /);
    }
  });

  it('refuses a key whose parts do not belong together', () => {
    const damaged = { ...tanggamusKey, secretKey: fixedKey('dinsos-tanggamus', 2).secretKey };
    const result = signLetter(letterInput(), damaged);
    expect(result).toMatchObject({ ok: false, error: { code: 'office-key-invalid' } });
    if (!result.ok) expect(result.error.message).toContain('Kunci publik tidak sesuai');
  });

  it('refuses to sign for another office', () => {
    const result = signLetter(letterInput(), fixedKey('dinsos-solok', 9));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'office-mismatch',
        message:
          'Kunci kantor dinsos-solok tidak dapat dipakai untuk surat kantor dinsos-tanggamus.',
      },
    });
  });
});
