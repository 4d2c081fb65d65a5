import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { Priority } from '../../shared/cases/records';
import { LoketDb } from './database';
import { executeCommand } from './executeCommand';
import { bo, contextAt, freshDb, registerPayload, snapshot } from './fixtures.test-helpers';
import { worklist } from './queries';
import type { StoredCase } from './rows';
import { caseRecordOf, NO_DUE } from './storedCase';
import { LATEST_VERSION, storesV2 } from './versions';

// The schema of version 1 exactly as the first release wrote it to disk.
const v1Stores = {
  cases:
    'id, status, priority, serviceCode, dueAt, updatedAt, subjectNik, subjectKk, subjectNameKey, letterNumber, turnRole, month, [turnRole+status]',
  persons: 'id, nik, kk, nameKey',
  documents: 'id, caseId',
  blobs: 'id, caseId, createdAt',
  letters: 'id, caseId, letterNumber',
  complaints: 'id, caseId, status, createdAt',
  audit: 'id, caseId, at, userId, [caseId+at]',
  outbox: 'opId, &seq, status, [status+seq]',
  meta: 'key',
  users: 'id, nip, *roles',
};

const at = (minute: number) => `2026-07-20T09:${String(minute).padStart(2, '0')}:00+07:00`;

/**
 * Rows as version 1 stored them: made by the real commands (four registrations, one case
 * moved on to the back office, one with its papers returned so it has no due time), then
 * stripped of the keys version 2 adds.
 */
async function oldRows(): Promise<Record<string, unknown[]>> {
  const scratch = freshDb();
  const people: Array<[string, Priority]> = [
    ['Siti Aminah', 'none'],
    ['Wayan Sudirta', 'emergency'],
    ['Hj. Ratna Dewi', 'chronic'],
    ['Yohanes Lado', 'childbirth'],
  ];
  const ids: string[] = [];
  for (const [index, [name, priority]] of people.entries()) {
    const payload = registerPayload({ name, priority, serial: `000${index + 1}` });
    ids.push(payload.caseId);
    await executeCommand(scratch, 'case.register', payload, contextAt(at(index)));
  }
  const papers = (missing: string[]) =>
    ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
      requirementId,
      status: missing.includes(requirementId) ? 'missing' : 'present',
    }));
  const [first = '', second = ''] = ids;
  await executeCommand(
    scratch,
    'case.checkDocuments',
    { caseId: first, documents: papers([]) },
    contextAt(at(10)),
  );
  await executeCommand(
    scratch,
    'case.checkDocuments',
    { caseId: second, documents: papers(['keteranganSakit']) },
    contextAt(at(11)),
  );
  await executeCommand(
    scratch,
    'case.returnDocuments',
    { caseId: second, missing: ['keteranganSakit'] },
    contextAt(at(12)),
  );
  const rows = await snapshot(scratch);
  await scratch.delete();
  return { ...rows, cases: (rows.cases as StoredCase[]).map(caseRecordOf) };
}

async function writeVersion1(name: string, rows: Record<string, unknown[]>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(v1Stores);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const table of v1.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
  v1.close();
}

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
