import type { Claim } from './claim';
import type { KeyringEntry } from './keys';

/** The QR or code is not one we can judge: not ours, damaged, or from a key this device lacks. */
export type UnknownCode =
  | 'qr-not-loket'
  | 'qr-version-unsupported'
  | 'qr-malformed'
  | 'key-unknown'
  | 'letter-unknown'
  | 'code-empty'
  | 'code-characters'
  | 'code-length'
  | 'code-mistyped';

/** The letter's data and its office signature do not agree. */
export type AlteredCode = 'signature-invalid' | 'record-invalid' | 'code-mismatch';

/**
 * The verdict on a letter, from its QR (`verifyQrText`) or its typed code (`verifyCode`).
 * `revoked`: the signature holds, but the key had been revoked on or before the letter's date,
 * so whoever holds a leaked key could have made it: neither genuine nor provably altered, and
 * the person checking must ask the office, which is a different action from rejecting an
 * altered letter.
 */
export type Verification =
  | { status: 'genuine'; code: 'genuine'; message: string; claim: Claim; key: KeyringEntry }
  | { status: 'revoked'; code: 'key-revoked'; message: string; claim: Claim; key: KeyringEntry }
  | { status: 'altered'; code: AlteredCode; message: string }
  | { status: 'unknown'; code: UnknownCode; message: string };

export const unknown = (code: UnknownCode, message: string): Verification => ({
  status: 'unknown',
  code,
  message,
});

export const altered = (code: AlteredCode, message: string): Verification => ({
  status: 'altered',
  code,
  message,
});
