import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoketDb } from '../../db/database';
import { executeCommand } from '../../db/executeCommand';
import { contextAt, freshDb, registerPayload } from '../../db/fixtures.test-helpers';
import { createWorklistStore } from './worklistStore';

let db: LoketDb;
const at = (minute: number) => `2026-07-20T08:${String(minute).padStart(2, '0')}:00+07:00`;

async function register(name: string, serial: string, priority?: 'emergency' | 'chronic') {
  const payload = registerPayload({ name, serial, ...(priority ? { priority } : {}) });
  const result = await executeCommand(
    db,
    'case.register',
    payload,
    contextAt(at(Number(serial) % 60)),
  );
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  return payload;
}

beforeEach(async () => {
  db = freshDb();
  await register('Budi Santoso', '0001');
  await register('Siti Aminah', '0002', 'emergency');
  await register('Sutrisno', '0003', 'chronic');
});
afterEach(async () => {
  await db.delete();
});

describe('worklist store', () => {
  it('loads the cases waiting for the role, priority cases first', async () => {
    const store = createWorklistStore(() => db);
    store.getState().setRole('fo');
    await store.getState().refresh();
    const { list } = store.getState();
    expect(list.status).toBe('ready');
    if (list.status !== 'ready') return;
    expect(list.data.records.map((record) => record.subjectName)).toEqual([
      'Siti Aminah',
      'Sutrisno',
      'Budi Santoso',
    ]);
    expect(list.data).toMatchObject({ myTurnCount: 3, hasMore: false });
  });

  it('answers the search box by name and by NIK prefix, and clears it', async () => {
    const store = createWorklistStore(() => db);
    await store.getState().runSearch('siti');
    expect(store.getState().search).toMatchObject({
      status: 'ready',
      data: { text: 'siti', records: [{ subjectName: 'Siti Aminah' }], limited: false },
    });
    const nik = registerPayload({ name: 'x', serial: '0003' }).applicant.nik ?? '';
    await store.getState().runSearch(nik.slice(0, 16));
    expect(store.getState().search).toMatchObject({
      status: 'ready',
      data: { records: [{ subjectName: 'Sutrisno' }] },
    });
    await store.getState().runSearch('  ');
    expect(store.getState().search).toBeNull();
  });

  it('filters by status and starts again at the first page', async () => {
    const store = createWorklistStore(() => db);
    store.getState().setRole('fo');
    store.getState().setPage(2);
    store.getState().setFilters({ status: 'returned' });
    expect(store.getState().page).toBe(0);
    await store.getState().refresh();
    expect(store.getState().list).toMatchObject({ status: 'ready', data: { records: [] } });
  });
});
