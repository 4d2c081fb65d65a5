import { utf8ToBytes } from '@noble/hashes/utils.js';

export const encodeUtf8 = (text: string): Uint8Array => utf8ToBytes(text);

/** The text, or undefined when the bytes are not valid UTF-8 (shared/ has no TextDecoder type). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const escaped = Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  try {
    return decodeURIComponent(escaped);
  } catch {
    return undefined;
  }
}
