import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoketDb } from './database';
import { executeAll } from './executeAll';
import { contextAt, freshDb, registerPayload } from './fixtures.test-helpers';
import type { BlobRow } from './rows';

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});

const scan = (caseId: string): BlobRow => ({
  id: 'b'.repeat(64),
  caseId,
  mime: 'image/jpeg',
  size: 3,
  data: new Blob(['abc'], { type: 'image/jpeg' }),
  createdAt: '2026-07-20T01:00:00.000Z',
});

describe('executeAll', () => {
  it('lands every command and the scans together', async () => {
    db = freshDb();
    const register = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    const note = { caseId: register.caseId, text: 'Berkas asli dibawa.' };
    const result = await executeAll(
      db,
      [
        { type: 'case.register', payload: register },
        { type: 'case.addNote', payload: note },
      ],
      contextAt('2026-07-20T08:00:00+07:00'),
      [scan(register.caseId)],
    );
    expect(result).toMatchObject({ ok: true, opIds: [expect.any(String), expect.any(String)] });
    expect(await db.outbox.count()).toBe(2);
    expect(await db.blobs.get('b'.repeat(64))).toMatchObject({ caseId: register.caseId });
  });

  it('a refusal anywhere undoes the earlier commands and stores no scan', async () => {
    db = freshDb();
    const register = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    const result = await executeAll(
      db,
      [
        { type: 'case.register', payload: register },
        { type: 'case.setPriority', payload: { caseId: register.caseId, priority: 'urgent' } },
      ],
      contextAt('2026-07-20T08:00:00+07:00'),
      [scan(register.caseId)],
    );
    expect(result).toMatchObject({
      ok: false,
      index: 1,
      failed: { type: 'case.setPriority' },
      errors: [{ field: 'priority' }],
    });
    expect([await db.cases.count(), await db.outbox.count(), await db.audit.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.meta.get('outboxSeq')).toBeUndefined();
  });

  it('keeps a page already stored for another case, and takes the same page twice in one go', async () => {
    db = freshDb();
    await db.blobs.add(scan('0196f0a0-0000-7000-8000-00000000c0de'));
    const register = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    const result = await executeAll(
      db,
      [{ type: 'case.register', payload: register }],
      contextAt('2026-07-20T08:00:00+07:00'),
      [scan(register.caseId), scan(register.caseId)],
    );
    expect(result.ok).toBe(true);
    expect((await db.blobs.get('b'.repeat(64)))?.caseId).toBe(
      '0196f0a0-0000-7000-8000-00000000c0de',
    );
  });
});
