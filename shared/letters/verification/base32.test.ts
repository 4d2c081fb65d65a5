import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from './base32';

describe('Crockford base32', () => {
  it('encodes with the Crockford alphabet, most significant bits first', () => {
    expect(encodeBase32(Uint8Array.of())).toBe('');
    expect(encodeBase32(Uint8Array.of(0xff))).toBe('ZW');
    expect(encodeBase32(Uint8Array.of(0, 0, 0, 0, 0))).toBe('00000000');
    expect(encodeBase32(Uint8Array.of(0x08, 0x86, 0x42, 0x98, 0xe8))).toBe('12345678');
  });

  it('round-trips any bytes, and every encoding is QR alphanumeric', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase32(bytes);
        expect(text).toMatch(/^[0-9A-Z]*$/);
        expect(decodeBase32(text)).toEqual(bytes);
      }),
    );
  });

  it('decodes only canonical text', () => {
    expect(decodeBase32('zw')).toBeUndefined(); // lower case is for typed codes only
    expect(decodeBase32('ZZ')).toBeUndefined(); // non-zero padding bits
    expect(decodeBase32('Z')).toBeUndefined(); // impossible length
    expect(decodeBase32('ZWU')).toBeUndefined();
    expect(decodeBase32('0O')).toBeUndefined(); // O, I, L, U are not in the alphabet
  });
});
