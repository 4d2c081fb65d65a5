// Crockford base32 (https://www.crockford.com/base32.html): digits and upper-case letters
// without I, L, O and U. Every character is in the QR alphanumeric set, so a base32 payload
// is encoded at 5.5 bits per character instead of 8. Decoding is strict (canonical upper case
// only); the lenient reading of typed codes lives in `letterCode.ts`.
import { bitCodec } from './bitCodec';

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const values = new Map([...BASE32_ALPHABET].map((char, value) => [char, value]));

/** The value (0–31) of one canonical base32 character. */
export const base32Value = (char: string): number | undefined => values.get(char);

const codec = bitCodec(BASE32_ALPHABET, 5);

export const encodeBase32 = (bytes: Uint8Array): string => codec.encode(bytes);

/** The bytes, or undefined for anything but the canonical base32 text of some bytes. */
export const decodeBase32 = (text: string): Uint8Array | undefined => codec.decode(text);
