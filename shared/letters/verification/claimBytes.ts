// The binary form of a claim. Body (what the QR carries before the signature):
//
//   offset  bytes  field
//   0       5      keyId (its 40 bits; base32 in the claim)
//   5       2      issuedOn, days since 2000-01-01, big-endian
//   7       16     subjectHash
//   23      1      n = byte length of the letter number (1–255)
//   24      n      letterNumber, UTF-8
//
// The signed message binds the office, which the QR does not carry:
//
//   "loket-letter-v1" ‖ byte length of officeId ‖ officeId (ASCII) ‖ body
import { decodeBase32, encodeBase32 } from './base32';
import { decodeBase64url, encodeBase64url } from './base64url';
import { CLAIM_VERSION, SUBJECT_HASH_BYTES, type Claim, type ClaimBody } from './claim';
import { dateOfDayNumber, dayNumberOf } from './issuedOn';
import { decodeUtf8, encodeUtf8 } from './utf8';

const KEY_ID_BYTES = 5;
const FIXED_BYTES = KEY_ID_BYTES + 2 + SUBJECT_HASH_BYTES + 1;
const DOMAIN = encodeUtf8('loket-letter-v1');

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
};

/** The body of a claim that `claimSchema` accepts. */
export function encodeClaimBody(claim: ClaimBody): Uint8Array {
  const number = encodeUtf8(claim.letterNumber);
  const day = dayNumberOf(claim.issuedOn) ?? 0;
  return concat(
    decodeBase32(claim.keyId) ?? new Uint8Array(KEY_ID_BYTES),
    Uint8Array.of(day >> 8, day & 0xff),
    decodeBase64url(claim.subjectHash) ?? new Uint8Array(SUBJECT_HASH_BYTES),
    Uint8Array.of(number.length),
    number,
  );
}

/** The bytes the office key signs. */
export function signedMessage(claim: Claim): Uint8Array {
  const office = encodeUtf8(claim.officeId);
  return concat(DOMAIN, Uint8Array.of(office.length), office, encodeClaimBody(claim));
}

/** Reads a body from the start of `bytes`; undefined when it is not one. */
export function decodeClaimBody(
  bytes: Uint8Array,
): { body: ClaimBody; rest: Uint8Array } | undefined {
  if (bytes.length < FIXED_BYTES) return undefined;
  const numberLength = bytes[FIXED_BYTES - 1] ?? 0;
  const end = FIXED_BYTES + numberLength;
  const letterNumber = decodeUtf8(bytes.subarray(FIXED_BYTES, end));
  if (numberLength === 0 || bytes.length < end || letterNumber === undefined) return undefined;
  const day = ((bytes[KEY_ID_BYTES] ?? 0) << 8) | (bytes[KEY_ID_BYTES + 1] ?? 0);
  const body: ClaimBody = {
    v: CLAIM_VERSION,
    keyId: encodeBase32(bytes.subarray(0, KEY_ID_BYTES)),
    letterNumber,
    issuedOn: dateOfDayNumber(day),
    subjectHash: encodeBase64url(bytes.subarray(KEY_ID_BYTES + 2, FIXED_BYTES - 1)),
  };
  return { body, rest: bytes.subarray(end) };
}
