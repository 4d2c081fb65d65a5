import { describe, expect, it } from 'vitest';
import { loketArgumentSchemas as schemas, MAX_IPC_PULL_LIMIT } from './ipcSchemas';
import { BLOB_CHUNK_BYTES } from './sync/engine';
import { MAX_BATCH_GZIP_BYTES } from './sync/push';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, args: unknown[]) =>
  schema.safeParse(args).success;

const sha = 'ab'.repeat(32);
const enrolment = {
  serverUrl: 'https://loket.mentawaikab.go.id',
  code: 'ABCD-EFGH-JKMN',
  label: 'Loket 1',
  officeId: null,
};

describe('the sync methods’ argument schemas', () => {
  it('take an enrolment at an http(s) address only, with a code as typed', () => {
    expect(accepts(schemas.syncEnrol, [enrolment])).toBe(true);
    expect(
      accepts(schemas.syncEnrol, [{ ...enrolment, serverUrl: 'http://192.168.1.10:8080' }]),
    ).toBe(true);
    expect(schemas.syncEnrol.parse([{ ...enrolment, code: 'abcd efgh jkmn' }])[0].code).toBe(
      'ABCD-EFGH-JKMN',
    );
    for (const serverUrl of [
      'loket.mentawaikab.go.id',
      'ftp://loket.mentawaikab.go.id',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `https://${'a'.repeat(500)}.go.id`,
    ]) {
      expect(accepts(schemas.syncEnrol, [{ ...enrolment, serverUrl }]), serverUrl).toBe(false);
    }
    expect(accepts(schemas.syncEnrol, [{ ...enrolment, code: 'ABCD' }])).toBe(false);
    expect(accepts(schemas.syncEnrol, [{ ...enrolment, label: ' ' }])).toBe(false);
    expect(accepts(schemas.syncEnrol, [{ ...enrolment, token: 'dvt_0123456789abcdef' }])).toBe(
      false,
    );
  });

  it('bound a push to one gzip batch and a blob chunk to 256 KB within its blob', () => {
    expect(accepts(schemas.syncPush, [new Uint8Array(MAX_BATCH_GZIP_BYTES)])).toBe(true);
    expect(accepts(schemas.syncPush, [new Uint8Array(MAX_BATCH_GZIP_BYTES + 1)])).toBe(false);
    expect(accepts(schemas.syncPush, [new Uint8Array(0)])).toBe(false);
    expect(accepts(schemas.syncPush, ['H4sI'])).toBe(false);

    const chunk = new Uint8Array(BLOB_CHUNK_BYTES);
    expect(accepts(schemas.syncPutBlob, [sha, chunk, 0, 600_000])).toBe(true);
    expect(
      accepts(schemas.syncPutBlob, [sha, new Uint8Array(BLOB_CHUNK_BYTES + 1), 0, 600_000]),
    ).toBe(false);
    expect(accepts(schemas.syncPutBlob, [sha, chunk, 500_000, 600_000])).toBe(false);
    expect(accepts(schemas.syncPutBlob, [sha, chunk, -1, 600_000])).toBe(false);
    expect(accepts(schemas.syncPutBlob, ['../etc', chunk, 0, 600_000])).toBe(false);
    expect(accepts(schemas.syncBlobState, [sha.toUpperCase()])).toBe(false);
  });

  it('bound a pull to the records one answer over IPC may hold, with a cursor as the server makes them', () => {
    expect(accepts(schemas.syncPull, [{}])).toBe(true);
    expect(accepts(schemas.syncPull, [{ cursor: 'djE6MTIzOjQ1', limit: MAX_IPC_PULL_LIMIT }])).toBe(
      true,
    );
    expect(accepts(schemas.syncPull, [{ limit: MAX_IPC_PULL_LIMIT + 1 }])).toBe(false);
    expect(accepts(schemas.syncPull, [{ limit: 0 }])).toBe(false);
    expect(accepts(schemas.syncPull, [{ cursor: 'a&limit=100000' }])).toBe(false);
    expect(accepts(schemas.syncPull, [{ cursor: 'a'.repeat(81) }])).toBe(false);
  });

  it('take a number block, a key and no argument where none belongs', () => {
    expect(accepts(schemas.syncNumberBlock, [{ year: 2026, size: 500 }])).toBe(true);
    expect(accepts(schemas.syncNumberBlock, [{ year: 2026, start: 1, end: 500 }])).toBe(true);
    expect(accepts(schemas.syncNumberBlock, [{ year: 2026, size: 0 }])).toBe(false);
    expect(accepts(schemas.syncNumberBlock, [{ year: 2026, size: 500, start: 1 }])).toBe(false);
    const key = {
      keyId: 'ABCDEFGH',
      publicKey: 'A'.repeat(43),
      createdAt: '2026-12-01T10:15:00+07:00',
    };
    expect(accepts(schemas.syncRegisterKey, [key])).toBe(true);
    expect(accepts(schemas.syncRegisterKey, [{ ...key, publicKey: 'A'.repeat(4096) }])).toBe(false);
    expect(accepts(schemas.syncProbe, [])).toBe(true);
    expect(accepts(schemas.syncProbe, ['https://elsewhere.example'])).toBe(false);
    expect(accepts(schemas.syncBundleKey, [])).toBe(true);
  });
});
