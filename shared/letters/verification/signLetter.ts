import { claimSchema, CLAIM_VERSION, type Claim } from './claim';
import { decodeBase64url, encodeBase64url } from './base64url';
import { signedMessage } from './claimBytes';
import { signBytes } from './ed25519';
import { parseOfficeKey, type OfficeKey } from './keys';
import { letterCodeOf } from './letterCode';
import { verificationMessages as m } from './messages';
import { parseWith } from './parseWith';
import { qrPayloadOf } from './qrText';
import { failure, success, type Result } from './result';
import type { SignedLetter } from './signedLetter';

/** The claim as the letter supplies it; the version and the key id come from signing. */
export type LetterClaimInput = Omit<Claim, 'v' | 'keyId'>;

export type SignOptions = {
  /**
   * Put the payload after this URL so a phone camera opens the verification page, e.g.
   * `https://verify.example/v/`. Must end with `/`, `=` or `#`. Upper case (`HTTPS://VERIFY.
   * EXAMPLE/V/`) keeps the QR smaller: the whole text then fits the alphanumeric mode.
   */
  verifyUrlBase?: string;
};

type SignErrorCode =
  'claim-invalid' | 'office-mismatch' | 'office-key-invalid' | 'url-base-invalid';

const urlBase = /^https:\/\/\S+[/=#]$/i;

/**
 * Signs a letter's claim with the office key, after checking that the key's parts belong
 * together (a letter signed with a damaged key would verify as altered for the rest of its
 * life). Deterministic (Ed25519): the same claim and key give the same signature, code and QR,
 * so a re-print is identical. Never throws.
 */
export function signLetter(
  input: LetterClaimInput,
  key: OfficeKey,
  options: SignOptions = {},
): Result<SignedLetter, SignErrorCode> {
  const parsed = parseWith(claimSchema, { ...input, v: CLAIM_VERSION, keyId: key.keyId });
  if (!parsed.ok) return failure('claim-invalid', m.claimInvalid(parsed.details));
  const claim = parsed.value;
  if (claim.officeId !== key.officeId) {
    return failure('office-mismatch', m.officeMismatch(key.officeId, claim.officeId));
  }
  const { verifyUrlBase = '' } = options;
  if (verifyUrlBase !== '' && !urlBase.test(verifyUrlBase)) {
    return failure('url-base-invalid', m.verifyUrlBaseFormat);
  }
  const parsedKey = parseOfficeKey(key);
  if (!parsedKey.ok) return parsedKey;
  const secretKey = decodeBase64url(key.secretKey) ?? new Uint8Array();
  const signature = signBytes(signedMessage(claim), secretKey);
  return success({
    claim,
    signature: encodeBase64url(signature),
    code: letterCodeOf(signature),
    qrText: verifyUrlBase + qrPayloadOf(claim, signature),
  });
}
