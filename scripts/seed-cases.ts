// npx tsx scripts/seed-cases.ts [--count 300] [--total 5000] [--days 730] [--seed 1]
//   [--mode executor|batch] [--now 2026-07-20T10:00:00+07:00] [--out cases.json]
// Seeds the counter database in memory (fake-indexeddb) by running the real business commands
// (renderer/db/seed), optionally copies the cases up to --total, prints what it made and writes
// every table as JSON with --out. The same seed runs in Chromium: see bench/db.bench.ts.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { seedCatalog } from '../shared/standards/seeds';
import { createRegionTable, dottedRegionCode, type RegionAsset } from '../shared/validate';
import { ensureRegionAsset } from './regionAsset';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    total: { type: 'string' },
    days: { type: 'string', default: '730' },
    seed: { type: 'string', default: '1' },
    mode: { type: 'string', default: 'executor' },
    now: { type: 'string' },
    out: { type: 'string' },
  },
});
const count = Number(values.count);
const days = Number(values.days);
const total = values.total === undefined ? count : Number(values.total);
const now = values.now === undefined ? new Date() : new Date(values.now);
const mode = z.enum(['executor', 'batch']).parse(values.mode);
if (![count, days, total].every(Number.isInteger) || Number.isNaN(now.getTime())) {
  throw new RangeError('--count, --total and --days must be integers, --now an ISO instant');
}

// Loaded by path, so the Node type world does not pull in renderer files; checked here instead.
const fn = <T>() => z.custom<T>((value) => typeof value === 'function');
type SeedModule = {
  LoketDb: new (name: string) => { tables: Array<{ name: string; toArray(): Promise<unknown[]> }> };
  seedCases: (db: unknown, options: object) => Promise<unknown>;
  multiplyCases: (db: unknown, options: object) => Promise<number>;
};
const seedModule = z
  .object({
    LoketDb: fn<SeedModule['LoketDb']>(),
    seedCases: fn<SeedModule['seedCases']>(),
    multiplyCases: fn<SeedModule['multiplyCases']>(),
  })
  .parse(await import(new URL('../renderer/db/seed/index.ts', import.meta.url).href));

function villagesByRegency(): Record<string, string[]> {
  const asset: RegionAsset = JSON.parse(readFileSync(ensureRegionAsset(), 'utf8'));
  const table = createRegionTable(asset);
  const regencies = seedCatalog().offices.map((office) => office.regencyCode);
  return Object.fromEntries(
    regencies.map((regency) => [
      regency,
      table
        .children(regency.replace('.', ''))
        .flatMap((district) => table.children(district.code))
        .map((village) => dottedRegionCode(village.code)),
    ]),
  );
}

const db = new seedModule.LoketDb('loket');
const started = performance.now();
const report = await seedModule.seedCases(db, {
  count,
  villages: villagesByRegency(),
  now,
  days,
  seed: Number(values.seed),
  mode,
  onProgress: (done: number) => process.stdout.write(`  ${done} cases…\n`),
});
const seeded = performance.now();
const cases = total > count ? await seedModule.multiplyCases(db, { total, now, days }) : count;
const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
console.log(JSON.stringify(report, null, 2));
console.log(
  `${count} cases by the real commands (${mode}) in ${seconds(started, seeded)} s; ${cases} in all after ${seconds(seeded, performance.now())} s of copying.`,
);
if (values.out !== undefined) {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  writeFileSync(values.out, `${JSON.stringify(Object.fromEntries(tables))}\n`);
  console.log(`Wrote ${values.out}`);
}
