import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoketDb } from '../../db/database';
import { executeCommand } from '../../db/executeCommand';
import { contextAt, freshDb, registerPayload } from '../../db/fixtures.test-helpers';
import type { BlobRow } from '../../db/rows';
import { createCaseStore } from './caseStore';

let db: LoketDb;
let caseId: string;
const opened = '2026-07-20T08:00:00+07:00';

beforeEach(async () => {
  db = freshDb();
  const payload = registerPayload({ name: 'Siti Aminah', serial: '0002' });
  caseId = payload.caseId;
  await executeCommand(db, 'case.register', payload, contextAt(opened));
});
afterEach(async () => {
  await db.delete();
});

describe('case store', () => {
  it('opens a case with its persons and papers', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    expect(store.getState().load).toMatchObject({
      status: 'ready',
      view: {
        record: { id: caseId, subjectName: 'Siti Aminah' },
        persons: [{ name: 'Siti Aminah' }],
      },
    });
  });

  it('says when the case is not on this device', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open('0190f000-0000-7000-8000-000000000000');
    expect(store.getState().load).toEqual({ status: 'missing' });
  });

  it('keeps the dialog open with the command’s errors in place, and closes it on success', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    store.getState().showDialog('case.decline');
    const refused = await store.getState().run('case.decline', { reason: '  ' }, contextAt(opened));
    expect(refused).toBe(false);
    expect(store.getState().dialog).toBe('case.decline');
    expect(store.getState().outcome).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: expect.any(String) }],
    });

    const done = await store
      .getState()
      .run('case.decline', { reason: 'Bukan warga kabupaten ini' }, contextAt(opened));
    expect(done).toBe(true);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().load).toMatchObject({
      status: 'ready',
      view: { record: { status: 'declined' } },
    });
  });

  it('forgets the last action’s answer when the case is opened again', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    await store.getState().run('case.cancel', {}, null);
    expect(store.getState().outcome).not.toBeNull();
    await store.getState().open(caseId);
    expect(store.getState().outcome).toBeNull();
  });

  it('refuses to act without a session', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    expect(await store.getState().run('case.cancel', {}, null)).toBe(false);
    expect(store.getState().outcome?.errors).toEqual([
      { code: 'no-session', message: 'masuk lagi' },
    ]);
  });

  // Blobs are named by the sha256 of their bytes.
  const kk1 = 'a'.repeat(64);
  const kk2 = 'b'.repeat(64);
  const scan = (id: string): BlobRow => ({
    id,
    caseId,
    mime: 'image/jpeg',
    size: 3,
    data: new Blob(['jpg'], { type: 'image/jpeg' }),
    createdAt: '2026-07-20T01:00:00.000Z',
  });
  const checklist = (blobIds: string[]) => ({
    documents: [
      { requirementId: 'fotokopiKk', status: 'present', blobIds },
      { requirementId: 'fotokopiKtp', status: 'present', blobIds: [] },
      { requirementId: 'keteranganSakit', status: 'missing', blobIds: [] },
    ],
  });

  it('stores the new scans with the checklist that names them', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    const done = await store
      .getState()
      .run('case.checkDocuments', checklist([kk1]), contextAt(opened), [scan(kk1)]);
    expect(done).toBe(true);
    expect((await db.blobs.get(kk1))?.caseId).toBe(caseId);
    expect(store.getState().load).toMatchObject({
      status: 'ready',
      view: { documents: expect.arrayContaining([expect.objectContaining({ blobIds: [kk1] })]) },
    });
  });

  it('leaves no scan behind when the checklist is refused', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    await store.getState().run('case.checkDocuments', checklist([]), contextAt(opened));
    await store
      .getState()
      .run('case.returnDocuments', { missing: ['keteranganSakit'] }, contextAt(opened));
    // The papers are with the citizen: the checklist waits for `case.resubmit`.
    const refused = await store
      .getState()
      .run('case.checkDocuments', checklist([kk2]), contextAt(opened), [scan(kk2)]);
    expect(refused).toBe(false);
    expect(store.getState().outcome?.errors[0]?.code).toBe('case-returned');
    expect(await db.blobs.get(kk2)).toBeUndefined();
  });
});
