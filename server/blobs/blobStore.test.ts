import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { letterPdfSchema } from '../../shared/cases/letterRecord';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { backends, openTestDatabase, type TestDatabase } from '../db/testDatabase.test-helpers';
import { createOffice, enroll, issueEnrolmentCode } from '../enrolment';
import { blobState, maxBlobBytes, putChunk, readBlob } from './blobStore';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

const officeA = 'dinsos-bulukumba';
const officeB = 'dinsos-solok';
const hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function device(db: Database, officeId: string): Promise<string> {
  const { code } = await issueEnrolmentCode(db, officeId);
  const enrolled = await enroll(db, { code, label: 'Loket uji' });
  if (!enrolled.ok) throw new Error(enrolled.code);
  return enrolled.value.deviceId;
}

async function fresh(kind: 'postgres' | 'pglite') {
  const test = await openTestDatabase(kind);
  opened.push(test);
  await migrate(test.db);
  await createOffice(test.db, officeA, 'Dinas Sosial Kabupaten Bulukumba');
  await createOffice(test.db, officeB, 'Dinas Sosial Kota Solok');
  return { db: test.db, deviceA: await device(test.db, officeA) };
}

describe('the blob size limit', () => {
  it('is the letter PDF limit of the shared schema', () => {
    const sha256 = 'a'.repeat(64);
    expect(letterPdfSchema.safeParse({ sha256, size: maxBlobBytes }).success).toBe(true);
    expect(letterPdfSchema.safeParse({ sha256, size: maxBlobBytes + 1 }).success).toBe(false);
  });
});

describe.each(backends)('blobs in the database on %s', (kind) => {
  it('0004 blobs: keys start with the office and the rows keep to their invariants', async () => {
    const { db, deviceA } = await fresh(kind);
    const { rows: keys } = await db.query<{ table_name: string; columns: string }>(
      `SELECT tc.table_name, string_agg(k.column_name, ',' ORDER BY k.ordinal_position) AS columns
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage k
           ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'PRIMARY KEY'
          AND tc.table_name IN ('blobs', 'blob_uploads')
          AND tc.table_schema = current_schema()
        GROUP BY tc.table_name ORDER BY tc.table_name`,
    );
    expect(keys).toEqual([
      { table_name: 'blob_uploads', columns: 'office_id,sha256' },
      { table_name: 'blobs', columns: 'office_id,sha256' },
    ]);
    const insertBlob = (sha256: string, size: number, data: Buffer) =>
      db.query('INSERT INTO blobs (office_id, sha256, size, data) VALUES ($1, $2, $3, $4)', [
        officeA,
        sha256,
        size,
        data,
      ]);
    await insertBlob('b'.repeat(64), 3, Buffer.from('abc'));
    await expect(insertBlob('B'.repeat(64), 3, Buffer.from('abc'))).rejects.toThrow(
      /check constraint/,
    );
    await expect(insertBlob('c'.repeat(64), 4, Buffer.from('abc'))).rejects.toThrow(
      /check constraint/,
    );
    const insertUpload = (total: number, received: Buffer) =>
      db.query(
        `INSERT INTO blob_uploads (office_id, sha256, total, received, device_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [officeA, 'd'.repeat(64), total, received, deviceA],
      );
    await expect(insertUpload(3, Buffer.from('abc'))).rejects.toThrow(/check constraint/);
    await expect(insertUpload(maxBlobBytes + 1, Buffer.from('abc'))).rejects.toThrow(
      /check constraint/,
    );
    await insertUpload(4, Buffer.from('abc'));
  });

  it('keeps the bytes so far between chunks and stores the blob when the last one matches', async () => {
    const { db, deviceA } = await fresh(kind);
    const bytes = randomBytes(1000);
    const key = { officeId: officeA, deviceId: deviceA, sha256: hex(bytes) };
    const chunk = (start: number, end: number) => ({
      start,
      total: bytes.length,
      bytes: bytes.subarray(start, end),
    });
    expect(await blobState(db, key)).toEqual({ complete: false, offset: 0 });
    expect(await putChunk(db, key, chunk(0, 400))).toEqual({ outcome: 'partial', offset: 400 });
    expect(await putChunk(db, key, chunk(0, 400))).toEqual({
      outcome: 'offset-mismatch',
      offset: 400,
    });
    expect(await putChunk(db, key, { ...chunk(400, 800), total: 2000 })).toEqual({
      outcome: 'offset-mismatch',
      offset: 400,
    });
    expect(await putChunk(db, key, chunk(400, 800))).toEqual({ outcome: 'partial', offset: 800 });
    expect(await blobState(db, key)).toEqual({ complete: false, offset: 800 });
    expect(await putChunk(db, key, chunk(800, 1000))).toEqual({ outcome: 'stored', size: 1000 });
    expect(await blobState(db, key)).toEqual({ complete: true, size: 1000 });
    expect((await readBlob(db, key))?.equals(bytes)).toBe(true);
    expect((await db.query('SELECT 1 FROM blob_uploads')).rows).toEqual([]);
    expect(await putChunk(db, key, chunk(0, 400))).toEqual({ outcome: 'exists', size: 1000 });
  });

  it('discards an upload whose bytes do not hash to its name', async () => {
    const { db, deviceA } = await fresh(kind);
    const bytes = randomBytes(100);
    const key = { officeId: officeA, deviceId: deviceA, sha256: hex(randomBytes(100)) };
    await putChunk(db, key, { start: 0, total: 100, bytes: bytes.subarray(0, 60) });
    expect(await putChunk(db, key, { start: 60, total: 100, bytes: bytes.subarray(60) })).toEqual({
      outcome: 'hash-mismatch',
    });
    expect(await blobState(db, key)).toEqual({ complete: false, offset: 0 });
    expect(await putChunk(db, key, { start: 0, total: 100, bytes })).toEqual({
      outcome: 'hash-mismatch',
    });
    expect(
      (await db.query('SELECT 1 FROM blobs UNION ALL SELECT 1 FROM blob_uploads')).rows,
    ).toEqual([]);
  });

  it('refuses a blob over the limit before touching the database', async () => {
    const { db, deviceA } = await fresh(kind);
    const key = { officeId: officeA, deviceId: deviceA, sha256: 'e'.repeat(64) };
    expect(
      await putChunk(db, key, { start: 0, total: maxBlobBytes + 1, bytes: Buffer.from('x') }),
    ).toEqual({ outcome: 'too-large' });
    expect(await blobState(db, key)).toEqual({ complete: false, offset: 0 });
  });

  it('keeps each office’s blobs and uploads apart under the same name', async () => {
    const { db, deviceA } = await fresh(kind);
    const deviceB = await device(db, officeB);
    const bytes = randomBytes(300);
    const sha256 = hex(bytes);
    const a = { officeId: officeA, deviceId: deviceA, sha256 };
    const b = { officeId: officeB, deviceId: deviceB, sha256 };
    await putChunk(db, a, { start: 0, total: 300, bytes });
    expect(await blobState(db, b)).toEqual({ complete: false, offset: 0 });
    expect(await readBlob(db, b)).toBeUndefined();
    expect(await putChunk(db, b, { start: 0, total: 300, bytes: bytes.subarray(0, 100) })).toEqual({
      outcome: 'partial',
      offset: 100,
    });
    expect(await blobState(db, a)).toEqual({ complete: true, size: 300 });
    expect(await blobState(db, b)).toEqual({ complete: false, offset: 100 });
  });

  it('lets two devices racing with the same chunks take turns', async () => {
    const { db, deviceA } = await fresh(kind);
    const otherA = await device(db, officeA);
    const bytes = randomBytes(50_000);
    const sha256 = hex(bytes);
    const keys = [deviceA, otherA].map((deviceId) => ({ officeId: officeA, deviceId, sha256 }));
    const first = { start: 0, total: bytes.length, bytes: bytes.subarray(0, 20_000) };
    const firsts = await Promise.all(keys.map((key) => putChunk(db, key, first)));
    expect(firsts).toEqual(
      expect.arrayContaining([
        { outcome: 'partial', offset: 20_000 },
        { outcome: 'offset-mismatch', offset: 20_000 },
      ]),
    );
    const last = { start: 20_000, total: bytes.length, bytes: bytes.subarray(20_000) };
    const lasts = await Promise.all(keys.map((key) => putChunk(db, key, last)));
    expect(lasts).toEqual(
      expect.arrayContaining([
        { outcome: 'stored', size: bytes.length },
        { outcome: 'exists', size: bytes.length },
      ]),
    );
    const other = bytes.subarray(1);
    const whole = { start: 0, total: other.length, bytes: other };
    const wholes = await Promise.all(
      keys.map((key) => putChunk(db, { ...key, sha256: hex(other) }, whole)),
    );
    expect(wholes).toEqual(
      expect.arrayContaining([
        { outcome: 'stored', size: other.length },
        { outcome: 'exists', size: other.length },
      ]),
    );
    expect((await readBlob(db, { officeId: officeA, sha256 }))?.equals(bytes)).toBe(true);
  });
});
