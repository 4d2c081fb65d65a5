import type { Keyring } from './keys';
import { verificationMessages as m } from './messages';
import { readQrText, type QrReading } from './qrText';
import { unknown, type Verification } from './verification';
import { verifySigned } from './verifySigned';

const unreadable: Record<Extract<QrReading, { ok: false }>['code'], string> = {
  'qr-not-loket': m.qrNotLoket,
  'qr-version-unsupported': m.qrVersionUnsupported,
  'qr-malformed': m.qrMalformed,
};

/** Verifies the text of a scanned QR against the device's keyring, offline. Never throws. */
export function verifyQrText(text: string, keyring: Keyring): Verification {
  const reading = readQrText(text);
  if (!reading.ok) return unknown(reading.code, unreadable[reading.code]);
  return verifySigned(reading.body, reading.signature, keyring);
}
