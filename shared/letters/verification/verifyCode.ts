import { decodeBase64url } from './base64url';
import type { Keyring } from './keys';
import { letterCodeOf, normalizeLetterCode } from './letterCode';
import { verificationMessages as m } from './messages';
import { signedLetterSchema, type SignedLetter } from './signedLetter';
import { altered, unknown, type Verification } from './verification';
import { verifySigned } from './verifySigned';

/** Finds an issued letter by its printed code (`XXXX-XXXX-XXXX`), e.g. in the local letters table. */
export type LetterLookup = (
  code: string,
) => Promise<SignedLetter | undefined> | SignedLetter | undefined;

/** Only the signed parts: the letters table may keep more on the same row. */
const signedPartsOf = ({ claim, signature, code, qrText }: SignedLetter): SignedLetter => ({
  claim,
  signature,
  code,
  qrText,
});

/**
 * Verifies a typed code: reads it leniently, finds the issued letter, and re-verifies the stored
 * claim and signature (a stored record is data like any other: it may have been edited). Says
 * nothing about the paper in front of the clerk: compare its number, date and person with the
 * claim. Rejects only if `lookup` does.
 */
export async function verifyCode(
  typed: string,
  lookup: LetterLookup,
  keyring: Keyring,
): Promise<Verification> {
  const read = normalizeLetterCode(typed);
  if (!read.ok) return unknown(read.error.code, read.error.message);
  const code = read.value;
  const found = await lookup(code);
  if (found === undefined) return unknown('letter-unknown', m.letterUnknown(code));
  const parsed = signedLetterSchema.safeParse(signedPartsOf(found));
  if (!parsed.success) return altered('record-invalid', m.recordInvalid);
  const { claim, signature: storedSignature, code: storedCode } = parsed.data;
  const signature = decodeBase64url(storedSignature) ?? new Uint8Array();
  if (storedCode !== code || letterCodeOf(signature) !== code) {
    return altered('code-mismatch', m.codeMismatch);
  }
  return verifySigned(claim, signature, keyring);
}
