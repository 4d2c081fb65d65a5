import { z } from 'zod';
import { fromHex, toHex, webCrypto } from './webCrypto';

/**
 * PBKDF2-SHA256 rounds for new PIN hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
 * Each record keeps its own count, so raising this only affects hashes made afterwards;
 * `pinNeedsRehash` tells the sign-in code to upgrade an old one.
 */
export const pinIterations = 210_000;

const saltBytes = 16;
const hashBits = 256;

export const pinHashSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().positive(),
  /** Hex, 16 random bytes. */
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  /** Hex, 32 bytes. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PinHash = z.infer<typeof pinHashSchema>;

/** Hashes a PIN with a fresh random salt. */
export async function hashPin(pin: string, iterations = pinIterations): Promise<PinHash> {
  const salt = webCrypto().getRandomValues(new Uint8Array(saltBytes));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toHex(salt), hash: toHex(hash) };
}

/** Whether `pin` matches the record; the comparison takes the same time wherever they differ. */
export async function verifyPin(pin: string, record: PinHash): Promise<boolean> {
  const expected = fromHex(record.hash);
  const actual = await derive(pin, fromHex(record.salt), record.iterations);
  return constantTimeEqual(actual, expected);
}

/** A hash made with fewer rounds than today's; re-hash it after the next correct PIN. */
export function pinNeedsRehash(record: PinHash): boolean {
  return record.iterations < pinIterations;
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const { subtle } = webCrypto();
  const key = await subtle.importKey('raw', utf8(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    hashBits,
  );
  return new Uint8Array(bits);
}

/** UTF-8 bytes without TextEncoder, which `shared/`'s type world does not declare. */
function utf8(text: string): Uint8Array {
  const escaped = encodeURIComponent(text);
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      bytes.push(Number.parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(escaped.charCodeAt(i));
    }
  }
  return Uint8Array.from(bytes);
}
