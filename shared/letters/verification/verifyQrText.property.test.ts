// Property tests: every genuine letter verifies; every change to what its QR carries does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from './base32';
import { encodeBase64url } from './base64url';
import type { ClaimBody } from './claim';
import { fixedKey, keyringOf, signed, tanggamusKey } from './fixtures.test-helpers';
import { dateOfDayNumber, MAX_DAY_NUMBER } from './issuedOn';
import type { LetterClaimInput } from './signLetter';
import { qrPayloadOf, readQrText } from './qrText';
import { verifyQrText } from './verifyQrText';

const solokKey = fixedKey('dinsos-solok', 3);
const keyring = keyringOf(tanggamusKey, solokKey);

const letterNumber = fc
  .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
  .filter((text) => new TextEncoder().encode(text).length <= 255);
const issuedOn = fc.integer({ min: 0, max: MAX_DAY_NUMBER }).map(dateOfDayNumber);
const subjectHash = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(encodeBase64url);
const claimInput: fc.Arbitrary<LetterClaimInput> = fc.record({
  officeId: fc.constant('dinsos-tanggamus'),
  letterNumber,
  issuedOn,
  subjectHash,
});

/** The signed letter's QR, decoded. */
function reading(input: LetterClaimInput) {
  const letter = signed(input);
  const read = readQrText(letter.qrText);
  if (!read.ok) throw new Error(read.code);
  return { letter, body: read.body, signature: read.signature };
}

type Tamper = { field: keyof ClaimBody; value: ClaimBody[keyof ClaimBody] };
const change =
  (field: keyof ClaimBody) =>
  (value: string): Tamper => ({ field, value });
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  letterNumber.map(change('letterNumber')),
  issuedOn.map(change('issuedOn')),
  subjectHash.map(change('subjectHash')),
  fc.constant(change('keyId')(solokKey.keyId)),
);

describe('verifyQrText properties', () => {
  it('every signed claim verifies as genuine, with exactly that claim', () => {
    fc.assert(
      fc.property(claimInput, (input) => {
        const { letter } = reading(input);
        expect(verifyQrText(letter.qrText, keyring)).toMatchObject({
          status: 'genuine',
          claim: letter.claim,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a change to any field the QR carries, under the same signature, is altered', () => {
    fc.assert(
      fc.property(claimInput, tamper, (input, { field, value }) => {
        const { body, signature } = reading(input);
        fc.pre(body[field] !== value);
        const forged = qrPayloadOf({ ...body, [field]: value }, signature);
        expect(verifyQrText(forged, keyring)).toMatchObject({
          status: 'altered',
          code: 'signature-invalid',
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a changed key id that no keyring entry has is unknown', () => {
    fc.assert(
      fc.property(claimInput, fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/), (input, keyId) => {
        const { body, signature } = reading(input);
        fc.pre(!keyring.keys.some((key) => key.keyId === keyId));
        expect(verifyQrText(qrPayloadOf({ ...body, keyId }, signature), keyring).code).toBe(
          'key-unknown',
        );
      }),
    );
  });

  it('no single flipped bit anywhere in the payload is genuine; in dates, hashes and signature it is altered', () => {
    const { letter } = reading({
      officeId: 'dinsos-tanggamus',
      letterNumber: '400.9.11/0123/Dinsos/2026',
      issuedOn: '2026-11-23',
      subjectHash: encodeBase64url(new Uint8Array(16).fill(9)),
    });
    const bytes = decodeBase32(letter.qrText.slice(5)) ?? new Uint8Array();
    const numberEnd = 24 + 25;
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const flipped = Uint8Array.from(bytes);
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (0x80 >> (bit & 7));
      const result = verifyQrText(`LKT1.${encodeBase32(flipped)}`, keyring);
      expect(result.status).not.toBe('genuine');
      const byte = bit >> 3;
      if (byte >= 5 && byte < 23) expect(result.code).toBe('signature-invalid');
      if (byte >= numberEnd) expect(result.code).toBe('signature-invalid');
      if (byte < 5) expect(result.code).toBe('key-unknown');
      if (byte === 23) expect(result.code).toBe('qr-malformed');
    }
  });
});
