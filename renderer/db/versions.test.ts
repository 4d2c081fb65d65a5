import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { LoketDb } from './database';
import { executeCommand } from './executeCommand';
import { bo, contextAt, freshDb, snapshot } from './fixtures.test-helpers';
import { at, oldRows, v1Stores, writeVersion1 } from './oldVersions.test-helpers';
import { worklist } from './queries';
import type { StoredCase } from './rows';
import { caseRecordOf, NO_DUE } from './storedCase';
import { LATEST_VERSION, storesV2 } from './versions';

describe('schema versions', () => {
  it('is at the latest version when opened fresh', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    await db.delete();
  });

  it('v1 → v2 gives every stored case its sort keys and keeps every other row', async () => {
    const name = `loket-upgrade-${uuidv7()}`;
    const before = await oldRows();
    await writeVersion1(name, before);

    const db = new LoketDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const after = await snapshot(db);

    expect({ ...after, cases: [] }).toEqual({ ...before, cases: [] });
    const cases = after.cases as StoredCase[];
    expect(cases.map(caseRecordOf)).toEqual(before.cases);
    const keys = Object.fromEntries(
      cases.map((row) => [row.subjectName, [row.status, row.priorityRank, row.dueMs]]),
    );
    const due = (row: StoredCase) => Date.parse(row.dueAt ?? '');
    const byName = (name: string) => cases.find((row) => row.subjectName === name) as StoredCase;
    expect(keys).toEqual({
      'Siti Aminah': ['open', 3, due(byName('Siti Aminah'))],
      'Wayan Sudirta': ['returned', 0, NO_DUE],
      'Hj. Ratna Dewi': ['open', 2, due(byName('Hj. Ratna Dewi'))],
      'Yohanes Lado': ['open', 1, due(byName('Yohanes Lado'))],
    });

    // The new compound indexes answer the worklist: the back office sees its case first.
    const page = await worklist(db, { role: 'bo', limit: 10 });
    expect(page.rows.map((row) => [row.subjectName, row.myTurn])).toEqual([
      ['Siti Aminah', true],
      ['Yohanes Lado', false],
      ['Hj. Ratna Dewi', false],
    ]);
    await executeCommand(
      db,
      'case.addNote',
      { caseId: byName('Siti Aminah').id, text: 'Draf siap.' },
      contextAt(at(30), bo),
    );
    expect(await db.outbox.count()).toBe((before.outbox?.length ?? 0) + 1);
    await db.delete();
  });

  it('v2 → v3 keeps an old letter row under the new field names and finds it by number', async () => {
    const name = `loket-upgrade-${uuidv7()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores(storesV2);
    await v2.open();
    const old = {
      id: uuidv7(),
      caseId: uuidv7(),
      letterNumber: '400.9.11/0007/Dinsos/2026',
      issuedAt: '2026-07-20T02:00:00.000Z',
    };
    await v2.table('letters').add(old);
    v2.close();

    const db = new LoketDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const row = await db.letters.where('number').equals(old.letterNumber).first();
    expect(row).toEqual({
      id: old.id,
      caseId: old.caseId,
      number: old.letterNumber,
      issuedAt: old.issuedAt,
      issuedOn: '2026-07-20',
    });
    await db.delete();
  });
});
