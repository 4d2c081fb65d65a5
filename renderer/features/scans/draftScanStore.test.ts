import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearDraftScans,
  DraftScanDb,
  deleteDraftScan,
  getDraftScan,
  putDraftScan,
  type DraftScanRow,
} from './draftScanStore';

const row = (draftKey: string, id: string): DraftScanRow => ({
  draftKey,
  id,
  mime: 'image/jpeg',
  size: 3,
  data: new Blob(['abc'], { type: 'image/jpeg' }),
  createdAt: '2026-04-02T01:00:00.000Z',
});

describe('draft scan store', () => {
  let db: DraftScanDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps scans per draft, with their bytes', async () => {
    db = new DraftScanDb(`test-${crypto.randomUUID()}`);
    await putDraftScan(db, row('u1', 'a'));
    await putDraftScan(db, row('u1', 'b'));
    await putDraftScan(db, row('u2', 'a'));

    const stored = await getDraftScan(db, 'u1', 'a');
    expect(await stored?.data.text()).toBe('abc');
    expect(stored?.mime).toBe('image/jpeg');

    await deleteDraftScan(db, 'u1', 'b');
    expect(await getDraftScan(db, 'u1', 'b')).toBeUndefined();

    expect(await clearDraftScans(db, 'u1')).toBe(1);
    expect(await getDraftScan(db, 'u1', 'a')).toBeUndefined();
    expect(await getDraftScan(db, 'u2', 'a')).toBeDefined();
  });
});
