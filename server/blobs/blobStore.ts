// Blobs in PostgreSQL: content-addressed by sha256, per office, uploaded in chunks that must
// follow each other. The bytes so far wait in `blob_uploads`; the chunk that completes a blob
// is checked against its name by the database's own sha256 and moved into `blobs`, so no more
// than one chunk is ever held in memory here.
import type { Database, Sql } from '../db/database';

/** The largest blob, in bytes: the same limit as `letterPdfSchema` (shared/cases/letterRecord.ts). */
export const maxBlobBytes = 20_000_000;

/** The largest body of one upload request, in bytes: bigger blobs come in chunks. */
export const maxChunkBytes = 4 * 1024 * 1024;

export const sha256Pattern = /^[0-9a-f]{64}$/;

export interface BlobKey {
  officeId: string;
  sha256: string;
}

export type BlobState = { complete: true; size: number } | { complete: false; offset: number };

/** Whether the office has the blob, and if not how many of its bytes arrived so far. */
export async function blobState(db: Sql, key: BlobKey): Promise<BlobState> {
  const { rows } = await db.query<{ size: number | null; received: number | null }>(
    `SELECT (SELECT size FROM blobs WHERE office_id = $1 AND sha256 = $2) AS size,
            (SELECT octet_length(received) FROM blob_uploads WHERE office_id = $1 AND sha256 = $2)
              AS received`,
    [key.officeId, key.sha256],
  );
  const { size, received } = rows[0] ?? { size: null, received: null };
  return size === null ? { complete: false, offset: received ?? 0 } : { complete: true, size };
}

/** The bytes of a complete blob of the office; undefined when it has none by that name. */
export async function readBlob(db: Sql, key: BlobKey): Promise<Buffer | undefined> {
  const { rows } = await db.query<{ data: Uint8Array }>(
    'SELECT data FROM blobs WHERE office_id = $1 AND sha256 = $2',
    [key.officeId, key.sha256],
  );
  const data = rows[0]?.data;
  // pg hands back a Buffer, PGlite a Uint8Array: wrapped, not copied.
  return data && Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

export interface Chunk {
  /** Where `bytes` start in the blob. */
  start: number;
  /** The size of the whole blob. */
  total: number;
  /** Not empty, and `start + bytes.length <= total`. */
  bytes: Buffer;
}

export type PutOutcome =
  /** This chunk completed the blob and it matched its name. */
  | { outcome: 'stored'; size: number }
  /** The office had the blob already; nothing was written. */
  | { outcome: 'exists'; size: number }
  /** Appended; `offset` bytes have arrived. */
  | { outcome: 'partial'; offset: number }
  /** The chunk does not start where the upload stands, or declares another total. */
  | { outcome: 'offset-mismatch'; offset: number }
  /** The complete bytes do not hash to the blob's name: the upload was discarded. */
  | { outcome: 'hash-mismatch' }
  | { outcome: 'too-large' };

/**
 * Adds a chunk to the office's upload of `key.sha256`, in one transaction that holds the upload
 * row locked, so two devices sending the same blob at once take turns and never interleave.
 */
export async function putChunk(
  db: Database,
  key: BlobKey & { deviceId: string },
  chunk: Chunk,
): Promise<PutOutcome> {
  if (chunk.total > maxBlobBytes) return { outcome: 'too-large' };
  const params = [key.officeId, key.sha256];
  return db.transaction(async (tx): Promise<PutOutcome> => {
    // Locked first: when another transaction is completing the blob, this waits for it and
    // then finds the blob below.
    const upload = (
      await tx.query<{ total: number; received: number }>(
        `SELECT total, octet_length(received) AS received FROM blob_uploads
          WHERE office_id = $1 AND sha256 = $2 FOR UPDATE`,
        params,
      )
    ).rows[0];
    const existing = await storedSize(tx, key);
    if (existing !== undefined) {
      // An upload left over from a device that sent the blob again in one piece meanwhile.
      if (upload) await deleteUpload(tx, key);
      return { outcome: 'exists', size: existing };
    }
    const offset = upload?.received ?? 0;
    if (chunk.start !== offset || (upload && chunk.total !== upload.total)) {
      return { outcome: 'offset-mismatch', offset };
    }
    const end = chunk.start + chunk.bytes.length;
    if (end === chunk.total) return complete(tx, key, chunk.bytes);
    if (upload) {
      await tx.query(
        `UPDATE blob_uploads SET received = received || $3::bytea, updated_at = now()
          WHERE office_id = $1 AND sha256 = $2`,
        [...params, chunk.bytes],
      );
      return { outcome: 'partial', offset: end };
    }
    const { rows: inserted } = await tx.query(
      `INSERT INTO blob_uploads (office_id, sha256, total, received, device_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (office_id, sha256) DO NOTHING RETURNING 1`,
      [...params, chunk.total, chunk.bytes, key.deviceId],
    );
    if (inserted.length > 0) return { outcome: 'partial', offset: end };
    // Another device's first chunk committed meanwhile: this one is refused like any late chunk.
    const now = await blobState(tx, key);
    return now.complete
      ? { outcome: 'exists', size: now.size }
      : { outcome: 'offset-mismatch', offset: now.offset };
  });
}

async function storedSize(tx: Sql, key: BlobKey): Promise<number | undefined> {
  const { rows } = await tx.query<{ size: number }>(
    'SELECT size FROM blobs WHERE office_id = $1 AND sha256 = $2',
    [key.officeId, key.sha256],
  );
  return rows[0]?.size;
}

async function deleteUpload(tx: Sql, key: BlobKey): Promise<void> {
  await tx.query('DELETE FROM blob_uploads WHERE office_id = $1 AND sha256 = $2', [
    key.officeId,
    key.sha256,
  ]);
}

/** The bytes received so far plus the last chunk become the blob, if they hash to its name. */
async function complete(tx: Sql, key: BlobKey, last: Buffer): Promise<PutOutcome> {
  const { rows } = await tx.query<{ size: number }>(
    `WITH whole AS (
       SELECT coalesce(
                (SELECT received FROM blob_uploads WHERE office_id = $1 AND sha256 = $2),
                ''::bytea
              ) || $3::bytea AS data
     )
     INSERT INTO blobs (office_id, sha256, size, data)
     SELECT $1, $2, octet_length(data), data FROM whole WHERE encode(sha256(data), 'hex') = $2
     ON CONFLICT (office_id, sha256) DO NOTHING
     RETURNING size`,
    [key.officeId, key.sha256, last],
  );
  await deleteUpload(tx, key);
  const stored = rows[0];
  if (stored) return { outcome: 'stored', size: stored.size };
  // Nothing inserted: either the bytes are wrong, or another device's whole upload of the same
  // blob committed while this one ran.
  const existing = await storedSize(tx, key);
  return existing === undefined
    ? { outcome: 'hash-mismatch' }
    : { outcome: 'exists', size: existing };
}
