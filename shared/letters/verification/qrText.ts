// The text in a letter's QR: `LKT1.` and the Crockford base32 of body ‖ 64-byte signature,
// optionally after a verification URL base (`https://verify.example/v/LKT1.…`). Upper-case
// base32 keeps the whole payload in the QR alphanumeric mode (see README for sizes).
import { decodeBase32, encodeBase32 } from './base32';
import type { ClaimBody } from './claim';
import { decodeClaimBody, encodeClaimBody } from './claimBytes';

export const QR_PREFIX = 'LKT1.';
const SIGNATURE_BYTES = 64;

/** The payload at the end of a text, after its start or a character that is not a letter or digit. */
const trailingPayload = /(?:^|[^0-9A-Za-z])(LKT\d+\.[^/?#=]*)$/;

export const qrPayloadOf = (body: ClaimBody, signature: Uint8Array): string =>
  QR_PREFIX + encodeBase32(Uint8Array.from([...encodeClaimBody(body), ...signature]));

export type QrReading =
  | { ok: true; body: ClaimBody; signature: Uint8Array }
  | { ok: false; code: 'qr-not-loket' | 'qr-version-unsupported' | 'qr-malformed' };

/** Reads a scanned text (payload alone or at the end of a verification URL). Never throws. */
export function readQrText(text: string): QrReading {
  const payload = trailingPayload.exec(text.trim())?.[1];
  if (payload === undefined) return { ok: false, code: 'qr-not-loket' };
  if (!payload.startsWith(QR_PREFIX)) return { ok: false, code: 'qr-version-unsupported' };
  const bytes = decodeBase32(payload.slice(QR_PREFIX.length));
  const decoded = bytes === undefined ? undefined : decodeClaimBody(bytes);
  if (decoded === undefined || decoded.rest.length !== SIGNATURE_BYTES) {
    return { ok: false, code: 'qr-malformed' };
  }
  return { ok: true, body: decoded.body, signature: decoded.rest };
}
