// The page side of bench/db.bench.ts, bundled by esbuild and loaded into Chromium: seeds the
// real IndexedDB and times the screens' reads and a registration there. Exposed as
// `globalThis.loketDbBench`; every answer is plain numbers, so it crosses to Node as JSON.
import { officeById } from '../../../shared/standards/catalog';
import { seedCatalog } from '../../../shared/standards/seeds';
import { LoketDb } from '../database';
import { executeCommand } from '../executeCommand';
import { caseDetail, searchCases, worklist } from '../queries';
import type { TurnRole } from '../../../shared/cases/records';
import { multiplyCases } from './multiply';
import { pick, randomInt, seededRandom } from '../../../shared/random';
import { officeDate, registration, servicesOf } from './registration';
import { seedCases, type SeedOptions } from './seedCases';

export interface BrowserSeed {
  total: number;
  /** Cases walked by the real commands; the rest are copies of them (see multiply.ts). */
  templates: number;
  villages: SeedOptions['villages'];
  /** ISO instant the seed treats as now. */
  now: string;
  days: number;
}

export type Measured = 'worklist' | 'nikSearch' | 'nameSearch' | 'openCase' | 'register';

const catalog = seedCatalog();
const db = new LoketDb('loket');
const random = seededRandom(5);
let prepared: (Prepare & { caseIds: string[]; niks: string[]; nameKeys: string[] }) | undefined;

/** Seeds the empty database and reports how long it took and how much space it uses. */
async function seed(options: BrowserSeed): Promise<Record<string, number>> {
  const now = new Date(options.now);
  const started = performance.now();
  await seedCases(db, {
    count: options.templates,
    villages: options.villages,
    now,
    days: options.days,
    mode: 'batch',
  });
  const walked = performance.now();
  await multiplyCases(db, { total: options.total, now, days: options.days, outbox: false });
  const done = performance.now();
  const { usage = 0 } = await navigator.storage.estimate();
  return {
    cases: await db.cases.count(),
    templates: options.templates,
    templatesS: (walked - started) / 1000,
    copiesS: (done - walked) / 1000,
    usageMB: usage / 1e6,
  };
}

export type Prepare = Pick<BrowserSeed, 'villages' | 'now'>;

/**
 * Times the first worklist page on the freshly opened database (nothing cached yet), then
 * draws the search terms and case ids the measurements use.
 */
async function prepare(options: Prepare): Promise<Record<string, number>> {
  const started = performance.now();
  await worklist(db, { role: 'fo', limit: 50 });
  const coldWorklistMs = performance.now() - started;
  const [caseIds, persons] = await Promise.all([db.cases.toCollection().primaryKeys(), sample()]);
  prepared = {
    ...options,
    caseIds,
    niks: persons.flatMap((person) => person.nik ?? []),
    nameKeys: persons.map((person) => person.nameKey),
  };
  return { coldWorklistMs };
}

/** A thousand persons drawn from the table, for search terms that exist. */
async function sample() {
  const ids = await db.persons.toCollection().primaryKeys();
  const drawn = Array.from({ length: 1000 }, () => pick(random, ids));
  return (await db.persons.bulkGet(drawn)).filter((person) => person !== undefined);
}

const roles: readonly TurnRole[] = ['fo', 'bo', 'reviewer', 'signer'];
const choices = servicesOf(
  catalog,
  catalog.offices.map((office) => office.id),
);

/** One timed call; the work before it (choosing inputs) is not timed. */
async function once(kind: Measured, index: number): Promise<number> {
  const state = prepared;
  if (!state) throw new Error('prepare first');
  if (kind === 'register') {
    const choice = pick(random, choices);
    const villages = state.villages[choice.office.regencyCode] ?? [];
    const now = new Date(state.now);
    const today = officeDate(choice.office.timeZone, now);
    const trackId = pick(random, choice.trackIds);
    const payload = registration(random, choice, trackId, villages, today, new Set());
    const context = {
      actor: choice.staff.fo,
      deviceId: 'device-bench',
      now,
      catalog,
      office: officeById(catalog, choice.office.id),
    };
    const started = performance.now();
    const result = await executeCommand(db, 'case.register', payload, context);
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return elapsed;
  }
  const nik = pick(random, state.niks);
  const nameKey = pick(random, state.nameKeys);
  const caseId = pick(random, state.caseIds);
  const role = roles[index % roles.length] ?? 'fo';
  const started = performance.now();
  if (kind === 'worklist') await worklist(db, { role, limit: 50 });
  if (kind === 'nikSearch') await searchCases(db, nik.slice(0, randomInt(random, 6, 12)));
  if (kind === 'nameSearch') await searchCases(db, nameKey.slice(0, randomInt(random, 3, 6)));
  if (kind === 'openCase' && !(await caseDetail(db, caseId))) throw new Error('case missing');
  return performance.now() - started;
}

async function measure(kind: Measured, iterations: number): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) times.push(await once(kind, index));
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { firstMs: times[0] ?? 0, medianMs: at(0.5), p90Ms: at(0.9), maxMs: at(1) };
}

Object.assign(globalThis, { loketDbBench: { seed, prepare, measure } });
