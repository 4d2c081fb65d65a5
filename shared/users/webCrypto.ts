/**
 * The slice of WebCrypto the PIN code needs. `shared/` is type-checked without DOM or
 * Node types, so the global is described here; Node 20 and every browser provide it.
 */
export interface PinCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    importKey(
      format: 'raw',
      keyData: Uint8Array,
      algorithm: 'PBKDF2',
      extractable: false,
      keyUsages: ['deriveBits'],
    ): Promise<unknown>;
    deriveBits(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
      baseKey: unknown,
      length: number,
    ): Promise<ArrayBuffer>;
  };
}

/** The platform's WebCrypto; throws when there is none (an insecure browser context). */
export function webCrypto(): PinCrypto {
  const { crypto } = globalThis as unknown as { crypto?: PinCrypto };
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available here.');
  return crypto;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
