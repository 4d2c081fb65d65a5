import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/workflow';
import type { LoketDb } from '../../db/database';
import { executeCommand } from '../../db/executeCommand';
import { bo, contextAt, freshDb, registerPayload } from '../../db/fixtures.test-helpers';
import { createInboxStore } from './inboxStore';

let db: LoketDb;
let caseId: string;
const signer: Actor = {
  userId: 'kadis',
  roles: ['signer'],
  positions: ['Pejabat Dinas Sosial yang bertugas'],
};
const at = (minute: number) => `2026-07-20T08:${String(minute).padStart(2, '0')}:00+07:00`;

async function must(type: string, payload: Record<string, unknown>, iso: string, actor?: Actor) {
  const result = await executeCommand(db, type, payload, contextAt(iso, actor));
  if (!result.ok)
    throw new Error(`${type}: ${result.errors.map((error) => error.message).join('; ')}`);
}

beforeEach(async () => {
  db = freshDb();
  const payload = registerPayload({ name: 'Siti Aminah', serial: '0002' });
  caseId = payload.caseId;
  await must('case.register', payload, at(0));
  await must(
    'case.checkDocuments',
    {
      caseId,
      documents: ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
        requirementId,
        status: 'present',
      })),
    },
    at(5),
  );
  await must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, at(20), bo);
});
afterEach(async () => {
  await db.delete();
});

describe('inbox store', () => {
  it('lists the draft waiting for the signer, and empties once it is signed', async () => {
    const store = createInboxStore(() => db, 'masuk lagi');
    await store.getState().refresh(['signer']);
    expect(store.getState().load).toMatchObject({
      status: 'ready',
      records: [{ id: caseId, stationId: 'tandaTangan' }],
    });
    const load = store.getState().load;
    const record = load.status === 'ready' ? load.records[0] : undefined;
    if (!record) throw new Error('no record');
    const ok = await store
      .getState()
      .run(record, 'case.sign', { stationId: 'tandaTangan' }, contextAt(at(25), signer));
    expect(ok).toBe(true);
    expect(store.getState().outcome).toMatchObject({
      ok: true,
      action: 'case.sign',
      subjectName: 'Siti Aminah',
    });
    expect(store.getState().load).toEqual({ status: 'ready', records: [] });
  });

  it('keeps the send-back dialog open with the reason’s error', async () => {
    const store = createInboxStore(() => db, 'masuk lagi');
    await store.getState().refresh(['signer']);
    const load = store.getState().load;
    const record = load.status === 'ready' ? load.records[0] : undefined;
    if (!record) throw new Error('no record');
    store.getState().askSendBack(record);
    const ok = await store
      .getState()
      .run(record, 'case.sendBack', { reason: ' ' }, contextAt(at(25), signer));
    expect(ok).toBe(false);
    expect(store.getState().sendingBack?.id).toBe(caseId);
    expect(store.getState().outcome?.errors[0]).toMatchObject({ field: 'reason' });
    await store
      .getState()
      .run(record, 'case.sendBack', { reason: 'Nomor KK salah' }, contextAt(at(26), signer));
    expect(store.getState().sendingBack).toBeNull();
    expect(store.getState().load).toEqual({ status: 'ready', records: [] });
  });
});
