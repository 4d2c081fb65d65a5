import { describe, expect, it } from 'vitest';
import { decodeBase64url } from './base64url';
import { fixedKey, keyringOf, tanggamusKey } from './fixtures.test-helpers';
import {
  generateOfficeKey,
  keyIdOf,
  keyringEntryOf,
  officeKeySchema,
  parseKeyring,
  parseOfficeKey,
} from './keys';

describe('generateOfficeKey', () => {
  it('makes a valid Ed25519 key whose id is derived from its public key', () => {
    const now = new Date('2026-03-01T01:00:00Z');
    const key = generateOfficeKey('dinsos-mentawai', now);
    expect(key.officeId).toBe('dinsos-mentawai');
    expect(key.createdAt).toBe('2026-03-01T01:00:00.000Z');
    expect(key.keyId).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(key.keyId).toBe(keyIdOf(decodeBase64url(key.publicKey) ?? new Uint8Array()));
    expect(decodeBase64url(key.secretKey)).toHaveLength(32);
    expect(parseOfficeKey(key)).toEqual({ ok: true, value: key });
  });

  it('never makes the same key twice', () => {
    const now = new Date();
    const ids = new Set(
      Array.from({ length: 20 }, () => generateOfficeKey('dinsos-solok', now).keyId),
    );
    expect(ids.size).toBe(20);
  });

  it('pins the key id of a known key (the id is stored and printed; it must never change)', () => {
    expect(tanggamusKey.keyId).toBe(
      keyIdOf(decodeBase64url(tanggamusKey.publicKey) ?? new Uint8Array()),
    );
    expect(tanggamusKey.keyId).toMatchInlineSnapshot(`"6HTGZ65X"`);
  });
});

describe('stored keys and keyrings', () => {
  it('refuses a key whose parts do not belong together, in Indonesian', () => {
    const other = fixedKey('dinsos-tanggamus', 2);
    const wrongId = parseOfficeKey({ ...tanggamusKey, keyId: other.keyId });
    expect(wrongId).toMatchObject({ ok: false, error: { code: 'office-key-invalid' } });
    if (!wrongId.ok) expect(wrongId.error.message).toContain('keyId: ID kunci tidak sesuai');
    const wrongSecret = parseOfficeKey({ ...tanggamusKey, secretKey: other.secretKey });
    if (wrongSecret.ok) throw new Error('accepted a foreign secret key');
    expect(wrongSecret.error.message).toContain(
      'Kunci publik tidak sesuai dengan kunci rahasianya',
    );
    expect(officeKeySchema.safeParse({ ...tanggamusKey, extra: 1 }).success).toBe(false);
  });

  it('keeps the secret key out of the keyring', () => {
    expect(keyringEntryOf(tanggamusKey)).not.toHaveProperty('secretKey');
  });

  it('accepts several keys per office and a revocation', () => {
    const rotated = fixedKey('dinsos-tanggamus', 2, '2026-06-01T08:00:00+07:00');
    const keyring = keyringOf(
      { ...keyringEntryOf(tanggamusKey), revokedAt: '2026-06-01T08:00:00+07:00' },
      rotated,
      fixedKey('dinsos-solok', 3),
    );
    expect(parseKeyring(JSON.parse(JSON.stringify(keyring)))).toEqual({ ok: true, value: keyring });
  });

  it('refuses duplicates, bad keys and a revocation before creation, naming the field', () => {
    const entry = keyringEntryOf(tanggamusKey);
    const cases: [unknown, string][] = [
      [
        keyringOf(tanggamusKey, tanggamusKey),
        `keys.1.keyId: ID kunci ${tanggamusKey.keyId} muncul lebih dari sekali.`,
      ],
      [
        { keys: [{ ...entry, publicKey: 'AAAA' }] },
        'keys.0.publicKey: Kunci harus 32 byte dalam base64url.',
      ],
      [
        { keys: [{ ...entry, revokedAt: '2025-01-01T00:00:00Z' }] },
        'keys.0.revokedAt: Tanggal pencabutan',
      ],
      [
        { keys: [{ ...entry, officeId: 'Dinsos Tanggamus' }] },
        'keys.0.officeId: ID kantor harus huruf kecil',
      ],
      [{}, 'keys:'],
    ];
    for (const [input, message] of cases) {
      const result = parseKeyring(input);
      if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
      expect(result.error.code).toBe('keyring-invalid');
      expect(result.error.message).toContain(message);
    }
  });
});
