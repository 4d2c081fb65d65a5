// Blobs in rows ↔ the format's `blobContent` (shared/ has no Blob): read before a row is
// encoded, made again after it is decoded, wherever in the row they are.
import { blobContent, isBlobContent } from '../../../shared/backup/values';

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

function containsBlob(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(containsBlob);
}

async function withBlobContents(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return blobContent(value.type, new Uint8Array(await value.arrayBuffer()));
  }
  if (Array.isArray(value)) return Promise.all(value.map(withBlobContents));
  if (typeof value !== 'object' || value === null || !isPlainObject(value)) return value;
  const entries = await Promise.all(
    Object.entries(value).map(async ([key, item]) => [key, await withBlobContents(item)] as const),
  );
  return Object.fromEntries(entries);
}

/** The row with every Blob as its content; a row without one comes back as it is. */
export const readBlobs = async (row: unknown): Promise<unknown> =>
  containsBlob(row) ? withBlobContents(row) : row;

/** The row with every blob content as a Blob again. */
export function makeBlobs(value: unknown): unknown {
  if (isBlobContent(value)) return new Blob([new Uint8Array(value.bytes)], { type: value.type });
  if (Array.isArray(value)) return value.map(makeBlobs);
  if (typeof value !== 'object' || value === null || !isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, makeBlobs(item)]));
}
