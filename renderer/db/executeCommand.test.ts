import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { priorityRank } from '../../shared/cases/records';
import type { LoketDb } from './database';
import { executeCommand } from './executeCommand';
import { contextAt, freshDb, registerPayload, snapshot } from './fixtures.test-helpers';
import { readMeta } from './meta';

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});

const at = (minute: number) => `2026-07-20T08:${String(minute).padStart(2, '0')}:00+07:00`;

describe('executeCommand', () => {
  it('writes the case, its persons and papers, one outbox row and one audit row together', async () => {
    db = freshDb();
    const payload = registerPayload({
      name: 'Siti Aminah',
      serial: '0001',
      priority: 'childbirth',
    });
    const result = await executeCommand(db, 'case.register', payload, contextAt(at(0)));

    expect(result).toMatchObject({ ok: true, caseId: payload.caseId, errors: [] });
    const stored = await db.cases.get(payload.caseId);
    expect(stored).toMatchObject({
      status: 'open',
      turnRole: 'fo',
      subjectNameKey: 'siti aminah',
      priorityRank: priorityRank.childbirth,
    });
    expect(stored?.dueMs).toBe(Date.parse(stored?.dueAt ?? ''));
    expect(await db.persons.get(payload.applicantId)).toMatchObject({ name: 'Siti Aminah' });
    expect(await db.documents.where('caseId').equals(payload.caseId).count()).toBe(3);

    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      {
        opId: result.opId,
        deviceId: 'device-test',
        seq: 1,
        schemaVersion: 1,
        type: 'case.register',
        userId: 'fo-ani',
        caseId: payload.caseId,
        payload,
        clientTime: new Date(at(0)).toISOString(),
        status: 'pending',
      },
    ]);
    expect(await db.audit.toArray()).toEqual([
      {
        id: expect.any(String),
        opId: result.opId,
        type: 'case.register',
        caseId: payload.caseId,
        userId: 'fo-ani',
        roles: ['fo'],
        deviceId: 'device-test',
        at: new Date(at(0)).toISOString(),
      },
    ]);
  });

  it('hands out one seq after another and gives a later command the stored case', async () => {
    db = freshDb();
    const first = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    const second = registerPayload({ name: 'Wayan Sudirta', serial: '0002', sex: 'male' });
    await executeCommand(db, 'case.register', first, contextAt(at(0)));
    await executeCommand(db, 'case.register', second, contextAt(at(1)));
    const note = { caseId: first.caseId, text: 'Pemohon menunggu di ruang tunggu.' };
    const noted = await executeCommand(db, 'case.addNote', note, contextAt(at(2)));

    expect(noted).toMatchObject({ ok: true, caseId: first.caseId });
    expect((await db.cases.get(first.caseId))?.notes).toEqual([
      { at: new Date(at(2)).toISOString(), userId: 'fo-ani', text: note.text },
    ]);
    const ops = await db.outbox.orderBy('seq').toArray();
    expect(ops.map((op) => [op.seq, op.type])).toEqual([
      [1, 'case.register'],
      [2, 'case.register'],
      [3, 'case.addNote'],
    ]);
    expect(await readMeta(db, 'outboxSeq')).toBe(3);
    expect(await db.audit.where('caseId').equals(first.caseId).count()).toBe(2);
  });

  it('writes nothing for a payload that fails validation', async () => {
    db = freshDb();
    await executeCommand(
      db,
      'case.register',
      registerPayload({ name: 'A', serial: '0001' }),
      contextAt(at(0)),
    );
    const before = await snapshot(db);
    const bad = { ...registerPayload({ name: 'Budi', serial: '0002' }), priority: 'urgent' };

    const result = await executeCommand(db, 'case.register', bad, contextAt(at(1)));

    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ field: 'priority' })]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when the command refuses, and says why in Indonesian', async () => {
    db = freshDb();
    const payload = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    await executeCommand(db, 'case.register', payload, contextAt(at(0)));
    const before = await snapshot(db);
    const future = registerPayload({ name: 'Rina', serial: '0002', birthDate: '2030-01-01' });

    const refused = await executeCommand(db, 'case.register', future, contextAt(at(1)));
    const unknownCase = await executeCommand(
      db,
      'case.addNote',
      { caseId: registerPayload({ name: 'X', serial: '0003' }).caseId, text: 'Catatan' },
      contextAt(at(2)),
    );
    const unknownType = await executeCommand(db, 'case.teleport', {}, contextAt(at(3)));

    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'birthDate-future' }] });
    expect(unknownCase).toMatchObject({ ok: false, errors: [{ code: 'case-not-found' }] });
    expect(unknownType).toMatchObject({ ok: false, errors: [{ code: 'unknown-command' }] });
    expect(unknownCase.errors[0]?.message).toMatch(/Kasus tidak ditemukan/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('records a registration sent twice once, without a second op', async () => {
    db = freshDb();
    const payload = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    await executeCommand(db, 'case.register', payload, contextAt(at(0)));
    const before = await snapshot(db);

    const again = await executeCommand(db, 'case.register', payload, contextAt(at(1)));

    expect(again).toMatchObject({ ok: true, warnings: [{ code: 'already-registered' }] });
    expect(again.opId).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls everything back when a write fails inside the transaction', async () => {
    db = freshDb();
    const first = await executeCommand(
      db,
      'case.register',
      registerPayload({ name: 'Siti Aminah', serial: '0001' }),
      contextAt(at(0)),
    );
    const before = await snapshot(db);
    const payload = registerPayload({ name: 'Wayan Sudirta', serial: '0002', sex: 'male' });
    // The new op gets the id of the op already in the outbox: IndexedDB refuses the add
    // (ConstraintError) after the case, persons and papers were put in the same transaction.
    const reused = { ...contextAt(at(1)), newId: () => first.opId ?? '' };

    await expect(executeCommand(db, 'case.register', payload, reused)).rejects.toMatchObject({
      name: 'ConstraintError',
    });

    expect(await snapshot(db)).toEqual(before);
    expect(await db.cases.get(payload.caseId)).toBeUndefined();
    expect(await readMeta(db, 'outboxSeq')).toBe(1);
  });
});
