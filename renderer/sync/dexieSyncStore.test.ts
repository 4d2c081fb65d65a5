import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/records';
import type { Keyring } from '../../shared/letters/verification/keys';
import type { PulledRecord } from '../../shared/sync/pull';
import type { LoketDb } from '../db/database';
import { executeCommand } from '../db/executeCommand';
import { contextAt, freshDb, registerPayload } from '../db/fixtures.test-helpers';
import { readMeta, writeMeta } from '../db/meta';
import { caseRecordOf } from '../db/storedCase';
import { dexieSyncStore } from './dexieSyncStore';

const open: LoketDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const at = (minute: number) => `2026-07-20T09:${String(minute).padStart(2, '0')}:00+07:00`;

async function registered(name: string) {
  const db = freshDb();
  open.push(db);
  const payload = registerPayload({ name, serial: '0001' });
  const result = await executeCommand(db, 'case.register', payload, contextAt(at(0)));
  const stored = await db.cases.get(payload.caseId);
  if (!result.opId || !stored) throw new Error('registration failed');
  return { db, store: dexieSyncStore(db), opId: result.opId, local: caseRecordOf(stored) };
}

/** The case as another counter changed it on the server. */
const serverVersion = (local: CaseRecord, priority: CaseRecord['priority']): PulledRecord => ({
  kind: 'case',
  id: local.id,
  body: { ...local, priority, updatedAt: '2026-07-20T03:00:00.000Z' },
});

describe('dexieSyncStore', () => {
  it('holds a pulled case while its own op waits, and writes it once the op is answered', async () => {
    const { db, store, opId, local } = await registered('Siti Aminah');
    await store.applyPage({
      changes: [serverVersion(local, 'emergency')],
      cursor: 'c1',
      more: false,
    });
    expect((await db.cases.get(local.id))?.priority).toBe('none');
    expect(await readMeta(db, 'heldRecords')).toHaveLength(1);
    expect(await store.cursor()).toBe('c1');

    // A later version replaces the held one.
    await store.applyPage({
      changes: [serverVersion(local, 'chronic')],
      cursor: 'c2',
      more: false,
    });
    expect(await readMeta(db, 'heldRecords')).toMatchObject([
      { kind: 'case', id: local.id, caseId: local.id, body: { priority: 'chronic' } },
    ]);

    await store.recordResults([{ opId, status: 'applied' }]);
    expect((await db.outbox.get(opId))?.status).toBe('acked');
    const written = await db.cases.get(local.id);
    expect(written?.priority).toBe('chronic');
    // Written as the worklist needs it: with its sort keys.
    expect(written?.priorityRank).toBeTypeOf('number');
    expect(await readMeta(db, 'heldRecords')).toEqual([]);
  });

  it('writes held versions back when the op is refused, so the counter shows the server’s case', async () => {
    const { db, store, opId, local } = await registered('Wayan Sudirta');
    await store.applyPage({
      changes: [serverVersion(local, 'childbirth')],
      cursor: 'c1',
      more: false,
    });
    await store.recordResults([
      { opId, status: 'rejected', code: 'user-unknown', message: 'Akun tidak dikenal.' },
    ]);
    expect(await db.outbox.get(opId)).toMatchObject({
      status: 'rejected',
      rejection: { code: 'user-unknown', message: 'Akun tidak dikenal.' },
    });
    expect((await db.cases.get(local.id))?.priority).toBe('childbirth');
  });

  it('keeps an op waiting on `retry` and writes records of other cases at once', async () => {
    const { db, store, opId, local } = await registered('Yohanes Lado');
    await store.recordResults([{ opId, status: 'retry', code: 'internal' }]);
    expect((await db.outbox.get(opId))?.status).toBe('pending');
    const other = { ...serverVersion(local, 'none'), id: '01890f2a-0000-7000-8000-00000000aaaa' };
    await store.applyPage({
      changes: [{ ...other, body: { ...other.body, id: other.id } } as PulledRecord],
      cursor: 'c1',
      more: false,
    });
    expect(await db.cases.get(other.id)).toBeDefined();
    expect(await readMeta(db, 'heldRecords')).toEqual([]);
  });

  it('writes a page in one go: the later of two versions stays, a waiting case is held', async () => {
    const { db, store, local } = await registered('Maria Goreti');
    const otherId = '01890f2a-0000-7000-8000-00000000bbbb';
    const other = (priority: CaseRecord['priority']): PulledRecord => ({
      kind: 'case',
      id: otherId,
      body: { ...local, id: otherId, priority, updatedAt: '2026-07-20T03:00:00.000Z' },
    });
    const document: PulledRecord = {
      kind: 'document',
      id: `${otherId}:fotokopiKtp`,
      body: {
        id: `${otherId}:fotokopiKtp`,
        caseId: otherId,
        requirementId: 'fotokopiKtp',
        status: 'present',
        blobIds: [],
        updatedAt: '2026-07-20T03:00:00.000Z',
      },
    };
    await store.applyPage({
      changes: [other('emergency'), serverVersion(local, 'chronic'), document, other('childbirth')],
      cursor: 'c1',
      more: false,
    });
    expect(await db.cases.get(otherId)).toMatchObject({ priority: 'childbirth' });
    expect(await db.documents.get(document.id)).toEqual(document.body);
    expect((await db.cases.get(local.id))?.priority).toBe('none');
    expect(await readMeta(db, 'heldRecords')).toMatchObject([{ kind: 'case', id: local.id }]);
    expect(await store.cursor()).toBe('c1');
  });

  it('holds a case whose waiting op was written before rows carried their case (by its audit row)', async () => {
    const { db, store, opId, local } = await registered('Lukas Tefa');
    await db.outbox.update(opId, { userId: undefined, caseId: undefined });
    await store.applyPage({
      changes: [serverVersion(local, 'emergency')],
      cursor: 'c1',
      more: false,
    });
    expect((await db.cases.get(local.id))?.priority).toBe('none');
    expect(await readMeta(db, 'heldRecords')).toMatchObject([{ kind: 'case', id: local.id }]);
  });

  it('keeps a key this counter made when the office keyring arrives', async () => {
    const { db, store } = await registered('Hj. Ratna Dewi');
    const key = (keyId: string) => ({
      keyId,
      officeId: 'dinsos-tanggamus',
      publicKey: 'A'.repeat(43),
      createdAt: '2026-07-20T02:00:00.000Z',
    });
    await writeMeta(db, 'keyring', { keys: [key('own-key')] } as Keyring);
    await store.applyPage({
      changes: [
        {
          kind: 'keyring',
          id: 'dinsos-tanggamus',
          body: { keys: [key('office-key')] } as Keyring,
        },
      ],
      cursor: 'c1',
      more: false,
    });
    expect((await readMeta(db, 'keyring'))?.keys.map((entry) => entry.keyId)).toEqual([
      'office-key',
      'own-key',
    ]);
  });

  it('sends ops written before rows carried their author with the author of their audit row', async () => {
    const { db, store, opId } = await registered('Andi Pratama');
    await db.outbox.update(opId, { userId: undefined, caseId: undefined });
    const [op] = await store.pendingOps(10);
    expect(op).toMatchObject({ opId, userId: 'fo-ani', type: 'case.register', seq: 1 });
    expect(await store.pendingCount()).toBe(1);
  });
});
