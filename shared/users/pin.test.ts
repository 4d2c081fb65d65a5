import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  hashPin,
  pinHashSchema,
  pinIterations,
  pinNeedsRehash,
  verifyPin,
} from './pin';

describe('hashPin / verifyPin', () => {
  it('hashes with PBKDF2-SHA256, at least 210,000 rounds and a 16-byte salt', async () => {
    const record = await hashPin('482915');
    expect(pinHashSchema.parse(record)).toEqual(record);
    expect(record.algorithm).toBe('PBKDF2-SHA256');
    expect(record.iterations).toBeGreaterThanOrEqual(210_000);
    expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.hash).not.toContain('482915');
  });

  it('accepts the right PIN and refuses any other', async () => {
    const record = await hashPin('482915');
    await expect(verifyPin('482915', record)).resolves.toBe(true);
    await expect(verifyPin('482916', record)).resolves.toBe(false);
    await expect(verifyPin('', record)).resolves.toBe(false);
    await expect(verifyPin('4829150', record)).resolves.toBe(false);
  });

  it('salts every hash: the same PIN twice gives different records', async () => {
    const [a, b] = await Promise.all([hashPin('482915'), hashPin('482915')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches the PBKDF2-HMAC-SHA256 reference vector (RFC 7914 §11)', async () => {
    // P = "passwd", S = "salt", c = 1, dkLen = 32 (first half of the RFC's 64 bytes).
    const record = {
      algorithm: 'PBKDF2-SHA256' as const,
      iterations: 1,
      salt: '73616c74',
      hash: '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc',
    };
    await expect(verifyPin('passwd', record)).resolves.toBe(true);
  });

  it('keeps the round count in the record, so it can be raised later', async () => {
    const old = await hashPin('482915', 1_000);
    expect(old.iterations).toBe(1_000);
    await expect(verifyPin('482915', old)).resolves.toBe(true);
    expect(pinNeedsRehash(old)).toBe(true);
    expect(pinNeedsRehash({ ...old, iterations: pinIterations })).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares whole arrays, lengths included', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});
