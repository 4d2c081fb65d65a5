// Ed25519 (RFC 8032) through @noble/ed25519, with SHA-512 from @noble/hashes so that signing
// and verifying are synchronous and need no WebCrypto. Verification uses the strict RFC 8032
// rules (`zip215: false`): non-canonical encodings and small-order keys are refused.
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

export const randomSecretKey = (): Uint8Array => ed.utils.randomSecretKey();

export const publicKeyOf = (secretKey: Uint8Array): Uint8Array => ed.getPublicKey(secretKey);

export const signBytes = (message: Uint8Array, secretKey: Uint8Array): Uint8Array =>
  ed.sign(message, secretKey);

/** Lengths are the caller's to check: 64-byte signature, 32-byte key. */
export const verifyBytes = (
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean => ed.verify(signature, message, publicKey, { zip215: false });
