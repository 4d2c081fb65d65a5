// Crockford base32 (https://www.crockford.com/base32.html): digits and upper-case letters
// without I, L, O and U. Every character is in the QR alphanumeric set, so a base32 payload
// is encoded at 5.5 bits per character instead of 8. Decoding is strict (canonical upper case
// only); the lenient reading of typed codes lives in `letterCode.ts`.

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const values = new Map([...BASE32_ALPHABET].map((char, value) => [char, value]));

/** The value (0–31) of one canonical base32 character. */
export const base32Value = (char: string): number | undefined => values.get(char);

export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) text += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return text;
}

/** The bytes, or undefined for anything but the canonical base32 text of some bytes. */
export function decodeBase32(text: string): Uint8Array | undefined {
  // Lengths 1, 3 and 6 (mod 8) leave a whole character of padding: never canonical.
  if ([1, 3, 6].includes(text.length % 8)) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = values.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
      buffer &= (1 << bits) - 1;
    }
  }
  return buffer === 0 ? bytes : undefined;
}
