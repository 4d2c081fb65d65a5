import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { normalizeName, validateKk, validateNik } from '../../../shared/validate';
import { terminalStatuses } from '../../../shared/workflow/types';
import { freshDb } from '../fixtures.test-helpers';
import type { StoredCase } from '../rows';
import { seedCases, type SeedOptions } from './seedCases';

/** Real villages (Kemendagri codes) of the five seed offices' regencies. */
const villages: SeedOptions['villages'] = {
  '18.06': ['18.06.01.1001', '18.06.01.1002', '18.06.02.2012', '18.06.02.2015'],
  '13.09': ['13.09.01.2007', '13.09.01.2008', '13.09.02.2001'],
  '13.74': ['13.74.01.1001', '13.74.02.1002'],
  '13.72': ['13.72.01.1002', '13.72.02.1003'],
  '73.02': ['73.02.01.1001', '73.02.02.1002'],
};
const now = new Date('2026-07-20T10:00:00+07:00');
// 35 cases: the first seven per office go through every fate (see seedCases).
const options = { count: 35, villages, now, days: 240, seed: 7 } satisfies SeedOptions;
/** Seeding runs hundreds of real commands: more than the default test timeout allows on a busy machine. */
const SLOW = 60_000;

/** What a case looks like apart from its random ids. */
const shape = (row: StoredCase) =>
  [row.serviceCode, row.subjectName, row.status, row.stationId, row.priority].join('|');

describe('seedCases', () => {
  it(
    'runs real commands into every status, at all five services',
    async () => {
      const db = freshDb();
      const report = await seedCases(db, options);

      expect(report.cases).toBe(35);
      expect(Object.keys(report.byService).sort()).toEqual([
        'REAKTIVASI-PBI',
        'REK-BPJS-APBD',
        'REK-BPJS-GRATIS',
        'REK-JKSS',
        'REK-PBPU-PEMDA',
      ]);
      expect(Object.keys(report.byStatus).sort()).toEqual(
        ['open', 'returned', ...terminalStatuses].sort(),
      );
      expect(await db.cases.count()).toBe(35);
      const ops = await db.outbox.orderBy('seq').toArray();
      expect(ops).toHaveLength(report.commands);
      expect(ops.map((op) => op.seq)).toEqual(ops.map((_, index) => index + 1));
      expect(await db.audit.count()).toBe(report.commands);

      const today = '2026-07-20';
      for (const person of await db.persons.toArray()) {
        if (person.nik) expect(validateNik(person.nik, { today }).ok).toBe(true);
        if (person.kk) expect(validateKk(person.kk, { today }).ok).toBe(true);
        expect(person.nameKey).toBe(normalizeName(person.name));
      }
      await db.delete();
    },
    SLOW,
  );

  it(
    'writes the same cases in batch mode as through the executor',
    async () => {
      const viaExecutor = freshDb();
      const viaBatch = freshDb();
      const one = await seedCases(viaExecutor, { ...options, count: 15 });
      const other = await seedCases(viaBatch, {
        ...options,
        count: 15,
        mode: 'batch',
        batchSize: 6,
      });

      expect(other).toEqual(one);
      const shapes = async (db: typeof viaBatch) => (await db.cases.toArray()).map(shape).sort();
      expect(await shapes(viaBatch)).toEqual(await shapes(viaExecutor));
      expect(await viaBatch.outbox.count()).toBe(one.commands);
      await viaExecutor.delete();
      await viaBatch.delete();
    },
    SLOW,
  );
});
