// Row values ↔ JSON, exactly: what IndexedDB stores and JSON cannot say is written as a tagged
// object whose only key, or first key, starts with one `$`:
//   Blob content  {"$blob":"<base64url>","type":"image/jpeg"}   (see `blobContent`)
//   Uint8Array    {"$bytes":"<base64url>"}
//   Date          {"$date":"2026-12-01T10:15:00.000Z"}
//   undefined     {"$undefined":true}
//   NaN, ±∞, -0   {"$number":"NaN"}
// A key of the row itself that starts with `$` gets one more (`$$ref`). Anything else JSON
// cannot say (a Map, a class instance, another typed array) is refused, never written lossily.
import { decodeBase64url, encodeBase64url } from '../letters/verification/base64url';
import { BackupFormatError } from './format';
import { backupMessages as m } from './messages';

const blobMark: unique symbol = Symbol('loket-backup-blob');

/**
 * A Blob's bytes and type. Blobs are platform objects; the renderer turns each into this
 * before encoding and turns this back into a Blob after decoding.
 */
export interface BlobContent {
  readonly [blobMark]: true;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export const blobContent = (type: string, bytes: Uint8Array): BlobContent => ({
  [blobMark]: true,
  type,
  bytes,
});

export const isBlobContent = (value: unknown): value is BlobContent =>
  typeof value === 'object' && value !== null && blobMark in value;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const specialNumbers = new Map<string, number>([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['-0', -0],
]);

function encodeNumber(value: number): Json {
  if (Number.isFinite(value) && !Object.is(value, -0)) return value;
  return { $number: Object.is(value, -0) ? '-0' : String(value) };
}

/** The JSON form of a row value; throws a `BackupFormatError` naming where a refused value is. */
export function encodeValue(value: unknown, path = ''): Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeNumber(value);
  if (value === undefined) return { $undefined: true };
  if (typeof value !== 'object')
    throw new BackupFormatError('unsupported-value', m.unsupportedValue(path || '/'));
  if (isBlobContent(value)) return { $blob: encodeBase64url(value.bytes), type: value.type };
  if (value instanceof Uint8Array) return { $bytes: encodeBase64url(value) };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value))
    return value.map((item, index) => encodeValue(item, `${path}/${index}`));
  if (!isPlainObject(value))
    throw new BackupFormatError('unsupported-value', m.unsupportedValue(path || '/'));
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    setOwn(out, key.startsWith('$') ? `$${key}` : key, encodeValue(item, `${path}/${key}`));
  }
  return out;
}

/** `target[key] = value`, also for a key named `__proto__` (which JSON.parse makes an own key). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function bytesOf(text: unknown): Uint8Array {
  const bytes = typeof text === 'string' ? decodeBase64url(text) : undefined;
  if (bytes === undefined) throw new BackupFormatError('bad-line', m.badLine);
  return bytes;
}

function decodeTagged(tag: string, value: Record<string, unknown>): unknown {
  const keys = Object.keys(value).length;
  if (tag === '$blob' && keys === 2 && typeof value.type === 'string') {
    return blobContent(value.type, bytesOf(value.$blob));
  }
  if (tag === '$bytes' && keys === 1) return bytesOf(value.$bytes);
  if (tag === '$date' && keys === 1 && typeof value.$date === 'string') {
    const date = new Date(value.$date);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (tag === '$undefined' && keys === 1 && value.$undefined === true) return undefined;
  if (tag === '$number' && keys === 1 && typeof value.$number === 'string') {
    const number = specialNumbers.get(value.$number);
    if (number !== undefined) return number;
  }
  throw new BackupFormatError('bad-line', m.badLine);
}

/** The row value of a parsed JSON value; throws a `BackupFormatError` on a malformed tag. */
export function decodeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const entries = Object.entries(value);
  const first = entries[0]?.[0];
  if (first?.startsWith('$') && !first.startsWith('$$')) {
    return decodeTagged(first, Object.fromEntries(entries));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    if (key.startsWith('$') && !key.startsWith('$$'))
      throw new BackupFormatError('bad-line', m.badLine);
    setOwn(out, key.startsWith('$') ? key.slice(1) : key, decodeValue(item));
  }
  return out;
}
