import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32 } from './base32';
import type { ClaimBody } from './claim';
import { decodeClaimBody, encodeClaimBody, signedMessage } from './claimBytes';
import { dateOfDayNumber, dayNumberOf, MAX_DAY_NUMBER } from './issuedOn';

const body: ClaimBody = {
  v: 1,
  keyId: '12345678',
  letterNumber: '400.9.11/0123/Dinsos/2026',
  issuedOn: '2026-11-23',
  subjectHash: 'AAECAwQFBgcICQoLDA0ODw',
};

const bodyArbitrary: fc.Arbitrary<ClaimBody> = fc.record({
  v: fc.constant<1>(1),
  keyId: fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/),
  letterNumber: fc
    .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
    .filter((text) => new TextEncoder().encode(text).length <= 255),
  issuedOn: fc.integer({ min: 0, max: MAX_DAY_NUMBER }).map(dateOfDayNumber),
  subjectHash: fc
    .uint8Array({ minLength: 16, maxLength: 16 })
    .map((bytes) => Buffer.from(bytes).toString('base64url')),
});

describe('claim bytes', () => {
  it('lays the body out as documented', () => {
    const bytes = encodeClaimBody(body);
    expect([...bytes.subarray(0, 5)]).toEqual([...(decodeBase32('12345678') ?? [])]);
    expect((bytes[5] ?? 0) * 256 + (bytes[6] ?? 0)).toBe(9823); // 2026-11-23 is day 9823 after 2000-01-01
    expect([...bytes.subarray(7, 23)]).toEqual([...Array(16).keys()]);
    expect(bytes[23]).toBe(25);
    expect(new TextDecoder().decode(bytes.subarray(24))).toBe(body.letterNumber);
    expect(bytes).toHaveLength(24 + 25);
  });

  it('binds the office in the signed message, after a domain tag', () => {
    const message = signedMessage({ ...body, officeId: 'dinsos-solok' });
    const text = new TextDecoder().decode(message.subarray(0, 15 + 1 + 12));
    expect(text).toBe('loket-letter-v1\u000cdinsos-solok');
    expect(message.subarray(28)).toEqual(encodeClaimBody(body));
  });

  it('round-trips every claim body, also followed by more bytes', () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.uint8Array({ maxLength: 70 }), (claim, tail) => {
        const bytes = Uint8Array.from([...encodeClaimBody(claim), ...tail]);
        expect(decodeClaimBody(bytes)).toEqual({ body: claim, rest: tail });
      }),
    );
  });

  it('refuses truncated bodies, an empty number and invalid UTF-8', () => {
    const bytes = encodeClaimBody(body);
    for (let length = 0; length < bytes.length; length += 1) {
      expect(decodeClaimBody(bytes.subarray(0, length))).toBeUndefined();
    }
    const empty = Uint8Array.from(bytes.subarray(0, 24));
    empty[23] = 0;
    expect(decodeClaimBody(empty)).toBeUndefined();
    const broken = Uint8Array.from(bytes);
    broken[24] = 0xc3; // a lead byte followed by ASCII
    expect(decodeClaimBody(broken)).toBeUndefined();
  });
});

describe('issue dates as day numbers', () => {
  it('covers 2000-01-01 to 2179-06-06 and refuses impossible dates', () => {
    expect(dayNumberOf('2000-01-01')).toBe(0);
    expect(dayNumberOf('2179-06-06')).toBe(MAX_DAY_NUMBER);
    expect(dateOfDayNumber(MAX_DAY_NUMBER)).toBe('2179-06-06');
    for (const date of [
      '1999-12-31',
      '2179-06-07',
      '2026-02-29',
      '2026-13-01',
      '2026-1-01',
      '23-11-2026',
    ]) {
      expect(dayNumberOf(date)).toBeUndefined();
    }
    expect(dayNumberOf('2028-02-29')).toBe(10286);
  });
});
