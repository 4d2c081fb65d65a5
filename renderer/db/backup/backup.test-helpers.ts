// Test-only: what a database holds, in a form to compare before and after a restore, computed
// without the backup code: the count of every table and a hash of every row and of every
// Blob's bytes.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { LoketDb } from '../database';

/**
 * A row as text that tells apart everything IndexedDB keeps apart (undefined and a missing key,
 * -0 and 0, a Date and its string, bytes and numbers, a Blob's type and bytes), but not two
 * references to one object from two copies of it, which only the structured clone can keep.
 * Blobs must have been read into `blobs` (a Blob that was not fails the test).
 */
function canonical(row: unknown, blobs: Map<Blob, Uint8Array>): string {
  return JSON.stringify(row, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw === undefined) return '\u0000undefined';
    if (typeof raw === 'number' && Object.is(raw, -0)) return '\u0000-0';
    if (typeof raw === 'number' && !Number.isFinite(raw)) return `\u0000${raw}`;
    if (raw instanceof Date) return `\u0000date:${raw.getTime()}`;
    if (raw instanceof Uint8Array) return `\u0000bytes:${bytesToHex(raw)}`;
    if (raw instanceof Blob) {
      const bytes = blobs.get(raw);
      if (!bytes) throw new Error('a Blob inside a row: read it first');
      return `\u0000blob:${raw.type}:${bytesToHex(bytes)}`;
    }
    return value;
  });
}

/** The bytes of every Blob field of the rows. */
async function blobsOf(rows: unknown[]): Promise<Map<Blob, Uint8Array>> {
  const blobs = new Map<Blob, Uint8Array>();
  for (const row of rows) {
    for (const value of Object.values(row ?? {})) {
      if (value instanceof Blob) blobs.set(value, new Uint8Array(await value.arrayBuffer()));
    }
  }
  return blobs;
}

/** Per table: the row count and the SHA-256 of every row, in primary-key order. */
export async function digestOf(
  db: LoketDb,
): Promise<Record<string, { count: number; rows: string[] }>> {
  const digest: Record<string, { count: number; rows: string[] }> = {};
  for (const table of db.tables) {
    const rows: unknown[] = await table.toArray();
    const blobs = await blobsOf(rows);
    const hashes = rows.map((row) => bytesToHex(sha256(utf8ToBytes(canonical(row, blobs)))));
    digest[table.name] = { count: await table.count(), rows: hashes };
  }
  return digest;
}

/** The chunks of an async iterable, all read. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

export async function* replay(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
