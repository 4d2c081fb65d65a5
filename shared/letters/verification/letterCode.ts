// The short code printed on a letter, for typing at a counter or on the phone:
// 11 Crockford base32 characters (55 bits of sha256 over the signature, so unique per letter and
// unguessable without the office key) and one Luhn mod 32 check character, which catches every
// single mistyped character and most swaps of neighbours. Printed as `XXXX-XXXX-XXXX`.
import { sha256 } from '@noble/hashes/sha2.js';
import { BASE32_ALPHABET, base32Value, encodeBase32 } from './base32';
import { verificationMessages as m } from './messages';
import { failure, success, type Result } from './result';
import { encodeUtf8 } from './utf8';

const DATA_CHARACTERS = 11;
const LETTER_CODE_CHARACTERS = DATA_CHARACTERS + 1;
const DOMAIN = encodeUtf8('loket-letter-code-v1');

/** Luhn mod N (N = 32) check value of the given base32 values. */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  values.toReversed().forEach((value, index) => {
    const addend = index % 2 === 0 ? value * 2 : value;
    sum += Math.floor(addend / 32) + (addend % 32);
  });
  return (32 - (sum % 32)) % 32;
}

const grouped = (characters: string) =>
  [characters.slice(0, 4), characters.slice(4, 8), characters.slice(8)].join('-');

/** The letter's code, from its 64-byte signature. */
export function letterCodeOf(signature: Uint8Array): string {
  const digest = sha256(Uint8Array.from([...DOMAIN, ...signature]));
  const data = encodeBase32(digest.subarray(0, 7)).slice(0, DATA_CHARACTERS);
  const values = [...data].map((char) => base32Value(char) ?? 0);
  return grouped(data + BASE32_ALPHABET[checkValue(values)]);
}

type CodeErrorCode = 'code-empty' | 'code-characters' | 'code-length' | 'code-mistyped';

/** Typed look-alikes: O is zero, I and L are one (Crockford). */
const lookAlikes: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * Reads a code as a person types it: any case, spaces or dashes anywhere or none, O for 0 and
 * I or L for 1. Gives the printed form `XXXX-XXXX-XXXX`, or why it cannot be a letter code.
 */
export function normalizeLetterCode(input: string): Result<string, CodeErrorCode> {
  const characters = [...input.toUpperCase().replace(/[\s-]+/g, '')].map(
    (char) => lookAlikes[char] ?? char,
  );
  if (characters.length === 0) return failure('code-empty', m.codeEmpty);
  const stranger = characters.find((char) => base32Value(char) === undefined);
  if (stranger !== undefined) return failure('code-characters', m.codeCharacters(stranger));
  if (characters.length !== LETTER_CODE_CHARACTERS) {
    return failure('code-length', m.codeLength(characters.length));
  }
  const values = characters.map((char) => base32Value(char) ?? 0);
  if (checkValue(values.slice(0, DATA_CHARACTERS)) !== values[DATA_CHARACTERS]) {
    return failure('code-mistyped', m.codeMistyped);
  }
  return success(grouped(characters.join('')));
}
