// The person a letter is for, without their NIK or name in clear: the first 16 bytes of
// sha256 over the office, the letter number, the NIK (null for a newborn without one) and the
// name through `normalizeName` (no title stripping: its word lists may grow, and a hash must
// never change). The office and number make the hash different on every letter, so two QR
// codes of one person cannot be linked. A NIK has few possible values: see the README's
// threat model for what this does and does not hide.
import { sha256 } from '@noble/hashes/sha2.js';
import { normalizeName } from '../../validate/name';
import { encodeBase64url } from './base64url';
import { SUBJECT_HASH_BYTES, type Claim } from './claim';
import { encodeUtf8 } from './utf8';

export type SubjectInput = {
  officeId: string;
  letterNumber: string;
  /** Absent (or empty) for a newborn without a NIK yet; spaces are ignored. */
  nik?: string;
  name: string;
};

export function subjectHash({ officeId, letterNumber, nik, name }: SubjectInput): string {
  const digits = nik?.replace(/\s+/g, '') ?? '';
  const canonical = JSON.stringify([
    'loket-subject-v1',
    officeId,
    letterNumber,
    digits === '' ? null : digits,
    normalizeName(name),
  ]);
  return encodeBase64url(sha256(encodeUtf8(canonical)).subarray(0, SUBJECT_HASH_BYTES));
}

/** The clerk's check: is this letter, by its claim, for the person in the case at hand? */
export const matchesSubject = (
  claim: Pick<Claim, 'officeId' | 'letterNumber' | 'subjectHash'>,
  subject: { nik?: string; name: string },
): boolean =>
  subjectHash({ ...subject, officeId: claim.officeId, letterNumber: claim.letterNumber }) ===
  claim.subjectHash;
