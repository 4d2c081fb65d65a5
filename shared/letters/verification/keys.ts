// Office keys. The secret key stays with the office (kept by the app; in Electron later behind
// safeStorage); every device that verifies holds a keyring of public keys. Rotation adds a key
// and keeps the old ones, so letters signed before a rotation stay verifiable; a key that
// leaked gets `revokedAt`.
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from './base64url';
import { encodeBase32 } from './base32';
import { publicKeyOf, randomSecretKey } from './ed25519';
import { base64urlBytesSchema, instantSchema, keyIdSchema, officeIdSchema } from './fields';
import { verificationMessages as m } from './messages';
import { parseWith } from './parseWith';
import { failure, success, type Result } from './result';

const KEY_BYTES = 32;
const KEY_ID_BYTES = 5;

/** A short, stable id of a public key: the first 40 bits of its sha256, 8 base32 characters. */
export const keyIdOf = (publicKey: Uint8Array): string =>
  encodeBase32(sha256(publicKey).subarray(0, KEY_ID_BYTES));

const keyBytesSchema = base64urlBytesSchema(KEY_BYTES, m.keyBytes);

const publicKeyMatchesId = (entry: { keyId: string; publicKey: string }) => {
  const publicKey = decodeBase64url(entry.publicKey);
  return publicKey === undefined || keyIdOf(publicKey) === entry.keyId;
};

/** The office's own key, as the app stores it. */
export const officeKeySchema = z
  .strictObject({
    keyId: keyIdSchema,
    officeId: officeIdSchema,
    publicKey: keyBytesSchema,
    secretKey: keyBytesSchema,
    createdAt: instantSchema,
  })
  .refine(publicKeyMatchesId, { message: m.keyIdMismatch, path: ['keyId'] })
  .refine(
    ({ publicKey, secretKey }) => {
      const secret = decodeBase64url(secretKey);
      return secret === undefined || encodeBase64url(publicKeyOf(secret)) === publicKey;
    },
    { message: m.publicKeyMismatch, path: ['publicKey'] },
  );
export type OfficeKey = z.infer<typeof officeKeySchema>;

/** One public key in a keyring. */
export const keyringEntrySchema = z
  .strictObject({
    keyId: keyIdSchema,
    officeId: officeIdSchema,
    publicKey: keyBytesSchema,
    createdAt: instantSchema,
    /**
     * When the key was revoked, with the office's UTC offset (`2026-05-02T09:00:00+07:00`).
     * Letters dated on or after that calendar date no longer count as genuine.
     */
    revokedAt: instantSchema.optional(),
  })
  .refine(publicKeyMatchesId, { message: m.keyIdMismatch, path: ['keyId'] })
  .refine(
    ({ createdAt, revokedAt }) =>
      revokedAt === undefined || Date.parse(revokedAt) >= Date.parse(createdAt),
    { message: m.revokedBeforeCreated, path: ['revokedAt'] },
  );
export type KeyringEntry = z.infer<typeof keyringEntrySchema>;

/** The public keys a device trusts: every office's keys, current and rotated out. */
export const keyringSchema = z
  .strictObject({ keys: z.array(keyringEntrySchema) })
  .superRefine(({ keys }, context) => {
    const seen = new Set<string>();
    keys.forEach(({ keyId }, index) => {
      if (seen.has(keyId)) {
        context.addIssue({
          code: 'custom',
          message: m.duplicateKeyId(keyId),
          path: ['keys', index, 'keyId'],
        });
      }
      seen.add(keyId);
    });
  });
export type Keyring = z.infer<typeof keyringSchema>;

/** A new key for an office. The secret key never leaves the office's storage. */
export function generateOfficeKey(officeId: string, now: Date): OfficeKey {
  const secretKey = randomSecretKey();
  const publicKey = publicKeyOf(secretKey);
  return {
    keyId: keyIdOf(publicKey),
    officeId,
    publicKey: encodeBase64url(publicKey),
    secretKey: encodeBase64url(secretKey),
    createdAt: now.toISOString(),
  };
}

/** The public half of an office key, for the keyring. */
export const keyringEntryOf = ({
  keyId,
  officeId,
  publicKey,
  createdAt,
}: OfficeKey): KeyringEntry => ({
  keyId,
  officeId,
  publicKey,
  createdAt,
});

/** Reads a stored or imported keyring. Never throws. */
export function parseKeyring(input: unknown): Result<Keyring, 'keyring-invalid'> {
  const parsed = parseWith(keyringSchema, input);
  return parsed.ok
    ? success(parsed.value)
    : failure('keyring-invalid', m.keyringInvalid(parsed.details));
}

/** Reads a stored office key. Never throws. */
export function parseOfficeKey(input: unknown): Result<OfficeKey, 'office-key-invalid'> {
  const parsed = parseWith(officeKeySchema, input);
  return parsed.ok
    ? success(parsed.value)
    : failure('office-key-invalid', m.officeKeyInvalid(parsed.details));
}
