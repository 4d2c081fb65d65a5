import 'fake-indexeddb/auto';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { executeCommand } from './executeCommand';
import { contextAt, freshDb, registerPayload } from './fixtures.test-helpers';
import type { StoredCase } from './rows';
import { MY_TURN_COUNT_CAP, worklist } from './worklist';

describe('worklist with a long queue', () => {
  it('counts the role’s cases up to the cap and still pages through all of them', async () => {
    const db = freshDb();
    const payload = registerPayload({ name: 'Siti Aminah', serial: '0001' });
    await executeCommand(db, 'case.register', payload, contextAt('2026-07-20T08:00:00+07:00'));
    const model = (await db.cases.get(payload.caseId)) as StoredCase;
    const queue = 620;
    // Copies of one real case, a minute apart, most waiting at the front office.
    const rows = Array.from({ length: queue + 30 }, (_, index) => ({
      ...model,
      id: uuidv7(),
      subjectName: `Warga ${index}`,
      dueMs: model.dueMs + index * 60_000,
      ...(index >= queue && { turnRole: 'bo' as const }),
    }));
    await db.cases.bulkPut(rows);
    const mine = queue + 1;
    const names = async (offset: number, role: 'fo' | 'bo' = 'fo') =>
      (await worklist(db, { role, limit: 20, offset })).rows.map((row) => row.subjectName);

    const first = await worklist(db, { role: 'fo', limit: 20 });
    expect(first).toMatchObject({ myTurnCount: MY_TURN_COUNT_CAP, myTurnCountCapped: true });
    expect(first.rows.map((row) => row.subjectName)).toEqual([
      'Siti Aminah',
      ...rows.slice(0, 19).map((row) => row.subjectName),
    ]);
    expect(await names(490)).toEqual(rows.slice(489, 509).map((row) => row.subjectName));
    expect(await names(mine - 5)).toEqual([
      ...rows.slice(queue - 5, queue).map((row) => row.subjectName),
      ...rows.slice(queue, queue + 15).map((row) => row.subjectName),
    ]);
    expect(await names(mine + 25)).toEqual(rows.slice(queue + 25).map((row) => row.subjectName));
    expect(await worklist(db, { role: 'bo', limit: 5 })).toMatchObject({
      myTurnCount: 30,
      myTurnCountCapped: false,
    });
    expect((await names(30, 'bo')).slice(0, 2)).toEqual(['Siti Aminah', 'Warga 0']);
    await db.delete();
  });
});
