import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../db/testDatabase.test-helpers';
import { revokeDevice } from '../enrolment';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
  type TestDevice,
} from '../testServer.test-helpers';
import { maxBlobBytes, maxChunkBytes } from './blobStore';

afterEach(closeTestServers);

const hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const octets = { 'content-type': 'application/octet-stream' };

async function setUp(kind: 'postgres' | 'pglite') {
  const server = await openTestServer(kind);
  const device = await server.enrollDevice(officeA);
  const { app } = server;
  const put = (sha256: string, payload: Buffer, range?: string, by: TestDevice = device) =>
    app.inject({
      method: 'PUT',
      url: `/v1/blobs/${sha256}`,
      headers: { ...by.headers, ...octets, ...(range ? { 'content-range': range } : {}) },
      payload,
    });
  const head = (sha256: string, by: TestDevice = device) =>
    app.inject({ method: 'HEAD', url: `/v1/blobs/${sha256}`, headers: by.headers });
  const get = (sha256: string, by: TestDevice = device) =>
    app.inject({ method: 'GET', url: `/v1/blobs/${sha256}`, headers: by.headers });
  return { ...server, device, put, head, get };
}

describe.each(backends)('the blob endpoints on %s', (kind) => {
  it('store a whole blob and hand back the same bytes, for good', async () => {
    const { put, head, get } = await setUp(kind);
    const scan = randomBytes(150_000);
    const sha256 = hex(scan);
    const missing = await head(sha256);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['upload-offset']).toBe('0');

    const stored = await put(sha256, scan);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toEqual({ sha256, size: scan.length });

    const known = await head(sha256);
    expect(known.statusCode).toBe(200);
    expect(known.headers['content-length']).toBe(String(scan.length));
    const fetched = await get(sha256);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(scan)).toBe(true);
    expect(fetched.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-length': String(scan.length),
      etag: `"${sha256}"`,
      'cache-control': 'private, max-age=31536000, immutable',
    });

    const again = await put(sha256, scan);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ sha256, size: scan.length });
  });

  it('resume an upload where it broke off, as HEAD tells', async () => {
    const { app, device, put, head, get } = await setUp(kind);
    const pdf = randomBytes(300_000);
    const sha256 = hex(pdf);
    const range = (start: number, end: number) => `bytes ${start}-${end - 1}/${pdf.length}`;

    const first = await put(sha256, pdf.subarray(0, 100_000), range(0, 100_000));
    expect(first.statusCode).toBe(202);
    expect(first.headers['upload-offset']).toBe('100000');
    expect(first.json()).toEqual({ sha256, offset: 100_000 });

    // The link drops halfway through the second chunk: the request never completes.
    const dropping = new Readable({ read() {} });
    dropping.push(pdf.subarray(100_000, 150_000));
    setTimeout(() => dropping.destroy(new Error('link dropped')), 20);
    await expect(
      app.inject({
        method: 'PUT',
        url: `/v1/blobs/${sha256}`,
        headers: {
          ...device.headers,
          ...octets,
          'content-length': '100000',
          'content-range': range(100_000, 200_000),
        },
        payload: dropping,
      }),
    ).rejects.toThrow('link dropped');

    const where = await head(sha256);
    expect(where.statusCode).toBe(404);
    const offset = Number(where.headers['upload-offset']);
    expect(offset).toBe(100_000);
    expect((await get(sha256)).statusCode).toBe(404);

    const second = await put(sha256, pdf.subarray(offset, 200_000), range(offset, 200_000));
    expect(second.statusCode).toBe(202);
    expect(second.headers['upload-offset']).toBe('200000');
    const last = await put(sha256, pdf.subarray(200_000), range(200_000, pdf.length));
    expect(last.statusCode).toBe(201);
    expect(last.json()).toEqual({ sha256, size: pdf.length });
    expect((await get(sha256)).rawPayload.equals(pdf)).toBe(true);
  });

  it('refuse a chunk that does not start where the upload stands, saying where it does', async () => {
    const { put, head } = await setUp(kind);
    const scan = randomBytes(3000);
    const sha256 = hex(scan);
    expect((await put(sha256, scan.subarray(0, 1000), 'bytes 0-999/3000')).statusCode).toBe(202);
    for (const [bytes, range] of [
      [scan.subarray(2000), 'bytes 2000-2999/3000'],
      [scan.subarray(0, 1000), 'bytes 0-999/3000'],
      [scan.subarray(1000, 2000), 'bytes 1000-1999/4000'],
    ] as const) {
      const refused = await put(sha256, bytes, range);
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['upload-offset']).toBe('1000');
      expect(refused.json()).toEqual({
        error: 'offset-mismatch',
        message: expect.stringContaining('1000 bita'),
      });
    }
    expect((await head(sha256)).headers['upload-offset']).toBe('1000');
  });

  it('discard an upload whose bytes do not match its name', async () => {
    const { put, head } = await setUp(kind);
    const scan = randomBytes(2000);
    const sha256 = hex(randomBytes(2000));
    expect((await put(sha256, scan.subarray(0, 1000), 'bytes 0-999/2000')).statusCode).toBe(202);
    const wrong = await put(sha256, scan.subarray(1000), 'bytes 1000-1999/2000');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toEqual({ error: 'hash-mismatch', message: expect.any(String) });
    const after = await head(sha256);
    expect(after.statusCode).toBe(404);
    expect(after.headers['upload-offset']).toBe('0');
    expect((await put(sha256, scan)).statusCode).toBe(422);
  });

  it('refuse a blob over 20 MB and a request over 4 MB', async () => {
    const { put, head } = await setUp(kind);
    const sha256 = 'f'.repeat(64);
    const declared = await put(sha256, Buffer.from('x'), `bytes 0-0/${maxBlobBytes + 1}`);
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toEqual({
      error: 'too-large',
      message: expect.stringMatching(/20 MB/),
    });
    const chunk = await put(sha256, Buffer.alloc(maxChunkBytes + 1), 'bytes 0-4194304/5000000');
    expect(chunk.statusCode).toBe(413);
    expect(chunk.json()).toEqual({ error: 'too-large', message: expect.stringMatching(/4 MB/) });
    expect((await head(sha256)).headers['upload-offset']).toBe('0');
  });

  it('refuse a malformed name, range, body or content type', async () => {
    const { app, device, put, head, get } = await setUp(kind);
    const scan = randomBytes(10);
    const sha256 = hex(scan);
    for (const name of [sha256.toUpperCase(), sha256.slice(1), `${sha256}0`, 'x'.repeat(64)]) {
      expect((await head(name)).statusCode).toBe(400);
      const fetched = await get(name);
      expect(fetched.statusCode).toBe(400);
      expect(fetched.json()).toEqual({ error: 'malformed', message: expect.any(String) });
      expect((await put(name, scan)).statusCode).toBe(400);
    }
    for (const range of ['bytes 0-9/5', 'bytes 5-4/10', 'bytes 0-8/10', 'bytes=0-9/10', '0-9/10']) {
      const refused = await put(sha256, scan, range);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toEqual({ error: 'malformed', message: expect.any(String) });
    }
    expect((await put(sha256, Buffer.alloc(0))).statusCode).toBe(400);
    for (const type of ['application/json', 'text/plain', 'image/jpeg']) {
      const refused = await app.inject({
        method: 'PUT',
        url: `/v1/blobs/${sha256}`,
        headers: { ...device.headers, 'content-type': type },
        payload: type === 'application/json' ? '{"data":"x"}' : scan,
      });
      expect(refused.statusCode).toBe(415);
      expect(refused.json()).toEqual({
        error: 'unsupported-media-type',
        message: expect.stringContaining('application/octet-stream'),
      });
    }
    expect((await head(sha256)).headers['upload-offset']).toBe('0');
  });

  it('leave a failure of the database to the app’s error handler', async () => {
    const { db, get } = await setUp(kind);
    await db.query('DROP TABLE blobs');
    const failed = await get('a'.repeat(64));
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toEqual({ error: 'internal', message: expect.any(String) });
  });

  it('keep each office’s blobs to itself, even under a known name', async () => {
    const { put, head, get, enrollDevice } = await setUp(kind);
    const other = await enrollDevice(officeB);
    const scan = randomBytes(5000);
    const sha256 = hex(scan);
    expect((await put(sha256, scan)).statusCode).toBe(201);

    const peek = await head(sha256, other);
    expect(peek.statusCode).toBe(404);
    expect(peek.headers['upload-offset']).toBe('0');
    const fetched = await get(sha256, other);
    expect(fetched.statusCode).toBe(404);
    expect(fetched.json()).toEqual({ error: 'blob-unknown', message: expect.any(String) });

    // Its own upload of the same bytes is its own: partial, then stored anew.
    expect((await put(sha256, scan.subarray(0, 2000), 'bytes 0-1999/5000', other)).statusCode).toBe(
      202,
    );
    expect((await head(sha256)).statusCode).toBe(200);
    expect((await head(sha256, other)).headers['upload-offset']).toBe('2000');
    expect((await put(sha256, scan.subarray(2000), 'bytes 2000-4999/5000', other)).statusCode).toBe(
      201,
    );
    expect((await get(sha256, other)).rawPayload.equals(scan)).toBe(true);
  });

  it('answer a missing, unknown or revoked token with 401 before anything else', async () => {
    const { db, device, put, head, get } = await setUp(kind);
    const scan = randomBytes(10);
    const sha256 = hex(scan);
    const anonymous = {
      officeId: officeA,
      deviceId: '',
      token: '',
      headers: { authorization: '' },
    };
    const unknown = { ...anonymous, headers: { authorization: 'Bearer lkt_unknown' } };
    for (const [by, code] of [
      [anonymous, 'token-missing'],
      [unknown, 'token-unknown'],
    ] as const) {
      expect((await head(sha256, by)).statusCode).toBe(401);
      for (const response of [await get('X', by), await put(sha256, scan, undefined, by)]) {
        expect(response.statusCode).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(response.json()).toEqual({ error: code, message: expect.any(String) });
      }
    }
    expect(await revokeDevice(db, officeA, device.deviceId)).toBe(true);
    const revoked = await put(sha256, scan);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toEqual({ error: 'token-revoked', message: expect.any(String) });
    expect((await get(sha256)).statusCode).toBe(401);
    const { rows } = await db.query('SELECT 1 FROM blobs UNION ALL SELECT 1 FROM blob_uploads');
    expect(rows).toEqual([]);
  });
});
