import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoketDb } from '../../db/database';
import { executeCommand } from '../../db/executeCommand';
import { contextAt, freshDb, registerPayload } from '../../db/fixtures.test-helpers';
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

  it('refuses to act without a session', async () => {
    const store = createCaseStore(() => db, 'masuk lagi');
    await store.getState().open(caseId);
    expect(await store.getState().run('case.cancel', {}, null)).toBe(false);
    expect(store.getState().outcome?.errors).toEqual([
      { code: 'no-session', message: 'masuk lagi' },
    ]);
  });
});
