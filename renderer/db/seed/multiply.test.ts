import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { validateNik } from '../../../shared/validate';
import { freshDb } from '../fixtures.test-helpers';
import { caseSortKeys } from '../storedCase';
import { multiplyCases } from './multiply';
import { seedCases, type SeedOptions } from './seedCases';

const villages: SeedOptions['villages'] = {
  '18.06': ['18.06.01.1001'],
  '13.09': ['13.09.01.2007'],
  '13.74': ['13.74.01.1001'],
  '13.72': ['13.72.01.1002'],
  '73.02': ['73.02.01.1001'],
};
const now = new Date('2026-07-20T10:00:00+07:00');

describe('multiplyCases', () => {
  it('copies seeded cases with everything they wrote, fresh ids and new citizens', async () => {
    const db = freshDb();
    const report = await seedCases(db, { count: 10, villages, now, days: 200, mode: 'batch' });
    const total = await multiplyCases(db, { total: 55, now, days: 200, chunk: 20 });

    expect(total).toBe(55);
    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(55);
    const ops = await db.outbox.orderBy('seq').toArray();
    expect(ops.map((op) => op.seq)).toEqual(ops.map((_, index) => index + 1));
    expect(new Set(ops.map((op) => op.opId)).size).toBe(ops.length);
    expect(ops.length).toBeGreaterThan(report.commands * 5);

    const ids = new Set(cases.map((row) => row.id));
    for (const row of await db.audit.toArray()) expect(ids.has(row.caseId ?? '')).toBe(true);
    for (const row of await db.documents.toArray()) {
      expect(row.id.startsWith(`${row.caseId}:`)).toBe(true);
      expect(ids.has(row.caseId)).toBe(true);
    }
    const persons = await db.persons.toArray();
    const niks = persons.flatMap((person) => person.nik ?? []);
    expect(new Set(niks).size).toBe(niks.length);
    for (const nik of niks) expect(validateNik(nik, { today: '2026-07-20' }).ok).toBe(true);

    const oldest = now.getTime() - 200 * 86_400_000;
    for (const row of cases) {
      expect(Date.parse(row.createdAt)).toBeGreaterThanOrEqual(oldest - 7 * 86_400_000);
      expect(Date.parse(row.updatedAt)).toBeLessThanOrEqual(now.getTime());
      expect({ priorityRank: row.priorityRank, dueMs: row.dueMs }).toEqual(caseSortKeys(row));
      const subject = persons.find((person) => person.id === row.subjectId);
      expect(subject?.name).toBe(row.subjectName);
    }
    await db.delete();
  }, 60_000);

  it('can leave the outbox ops of the copies out', async () => {
    const db = freshDb();
    const report = await seedCases(db, { count: 5, villages, now, days: 200, mode: 'batch' });
    await multiplyCases(db, { total: 15, now, days: 200, outbox: false });

    expect(await db.cases.count()).toBe(15);
    expect(await db.outbox.count()).toBe(report.commands);
    expect(await db.audit.count()).toBeGreaterThan(report.commands * 2);
    await db.delete();
  });
});
