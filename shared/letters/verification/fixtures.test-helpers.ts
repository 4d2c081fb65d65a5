// Fixed keys and letters for tests: a key from a fixed seed, so outputs can be pinned.
import { encodeBase64url } from './base64url';
import { publicKeyOf } from './ed25519';
import { keyIdOf, keyringEntryOf, type Keyring, type KeyringEntry, type OfficeKey } from './keys';
import { signLetter, type LetterClaimInput } from './signLetter';
import type { SignedLetter } from './signedLetter';
import { subjectHash } from './subjectHash';

export function fixedKey(
  officeId: string,
  seed: number,
  createdAt = '2026-01-05T08:00:00+07:00',
): OfficeKey {
  const secretKey = new Uint8Array(32).fill(seed);
  const publicKey = publicKeyOf(secretKey);
  return {
    keyId: keyIdOf(publicKey),
    officeId,
    publicKey: encodeBase64url(publicKey),
    secretKey: encodeBase64url(secretKey),
    createdAt,
  };
}

export const tanggamusKey = fixedKey('dinsos-tanggamus', 1);
export const keyringOf = (...entries: (OfficeKey | KeyringEntry)[]): Keyring => ({
  keys: entries.map((entry) => ('secretKey' in entry ? keyringEntryOf(entry) : entry)),
});

export const subject = { nik: '1806014501900001', name: 'Hj. Siti Aminah' };

/** A realistic letter of Dinas Sosial Kab. Tanggamus. */
export const letterInput = (overrides: Partial<LetterClaimInput> = {}): LetterClaimInput => {
  const officeId = overrides.officeId ?? 'dinsos-tanggamus';
  const letterNumber = overrides.letterNumber ?? '400.9.11/0123/Dinsos/2026';
  return {
    officeId,
    letterNumber,
    issuedOn: '2026-11-23',
    subjectHash: subjectHash({ officeId, letterNumber, ...subject }),
    ...overrides,
  };
};

/** Signs or fails the test. */
export function signed(
  input: LetterClaimInput = letterInput(),
  key: OfficeKey = tanggamusKey,
  verifyUrlBase?: string,
): SignedLetter {
  const result = signLetter(input, key, verifyUrlBase === undefined ? {} : { verifyUrlBase });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
