// base64url without padding (RFC 4648 §5), strict on decode: only the canonical text of some
// bytes decodes, so one value has exactly one spelling in stored keys and claims.
import { bitCodec } from './bitCodec';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const codec = bitCodec(alphabet, 6);

export const encodeBase64url = (bytes: Uint8Array): string => codec.encode(bytes);

/** The bytes, or undefined for anything but canonical unpadded base64url. */
export const decodeBase64url = (text: string): Uint8Array | undefined => codec.decode(text);
