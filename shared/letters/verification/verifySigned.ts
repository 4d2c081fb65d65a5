import { decodeBase64url } from './base64url';
import type { Claim, ClaimBody } from './claim';
import { signedMessage } from './claimBytes';
import { verifyBytes } from './ed25519';
import type { Keyring } from './keys';
import { verificationMessages as m } from './messages';
import { altered, unknown, type Verification } from './verification';

/**
 * Judges a claim and its signature against the keyring. The QR does not carry the office: its
 * claim takes the office of the key that matches its key id. A stored claim names its office,
 * which must be the key's.
 */
export function verifySigned(
  body: ClaimBody & { officeId?: string },
  signature: Uint8Array,
  keyring: Keyring,
): Verification {
  const key = keyring.keys.find(({ keyId }) => keyId === body.keyId);
  const publicKey = key === undefined ? undefined : decodeBase64url(key.publicKey);
  if (key === undefined || publicKey?.length !== 32) {
    return unknown('key-unknown', m.keyUnknown(body.keyId));
  }
  const claim: Claim = { ...body, officeId: body.officeId ?? key.officeId };
  const holds =
    claim.officeId === key.officeId &&
    signature.length === 64 &&
    verifyBytes(signature, signedMessage(claim), publicKey);
  if (!holds) return altered('signature-invalid', m.signatureInvalid);
  const revokedOn = key.revokedAt?.slice(0, 10);
  if (revokedOn !== undefined && claim.issuedOn >= revokedOn) {
    return {
      status: 'revoked',
      code: 'key-revoked',
      message: m.keyRevoked(claim, revokedOn),
      claim,
      key,
    };
  }
  return { status: 'genuine', code: 'genuine', message: m.genuine(claim), claim, key };
}
