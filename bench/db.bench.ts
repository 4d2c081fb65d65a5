// The counter's database in real Chromium (IndexedDB on disk) holding 100,000 cases
// (LOKET_BENCH_CASES overrides): the worklist's first page, NIK-prefix and name-prefix search,
// opening a case, and registering one (command + outbox in one transaction).
//
// Each run makes ITERATIONS calls in the page; its figures are the in-page times (median, p90,
// max, the first call) next to the target. The table's own "median ms" is a whole run, round
// trips to the page included. Seeding happens in the first run (a warm-up run): 200 cases walked
// by the real commands, then copied up to the total (renderer/db/seed/multiply.ts), and the
// seeded profile is cached for later runs of the same code (bench/dbBrowser.ts); the seed's
// figures ride on the worklist row.
import { hasChromium, noChromiumReason } from '../e2e/chromium';
import { seedCatalog } from '../shared/standards/seeds';
import { openBenchBrowser, type BenchBrowser, type Measured } from './dbBrowser';
import type { Benchmark } from './types';

const ITERATIONS = 25;
/** The runner has no teardown hook: Chromium closes once no db benchmark ran for this long. */
const IDLE_MS = 1_500;
const plan = {
  total: Number(process.env.LOKET_BENCH_CASES ?? 100_000),
  templates: 200,
  now: '2026-07-20T03:00:00.000Z',
  days: 730,
};
const regencies = seedCatalog().offices.map((office) => office.regencyCode);
const targetsMs: Record<Measured, number> = {
  worklist: 100,
  nikSearch: 50,
  nameSearch: 50,
  openCase: 50,
  register: 20,
};

let session: Promise<BenchBrowser> | undefined;
let idle: NodeJS.Timeout | undefined;

function open(): Promise<BenchBrowser> {
  clearTimeout(idle);
  session ??= openBenchBrowser(plan, regencies).then((browser) => {
    const { cases = 0, templatesS = 0, copiesS = 0, reused = 0 } = browser.seedFigures;
    const how = `${plan.templates} by the real commands in ${templatesS.toFixed(1)} s, the rest copied in ${copiesS.toFixed(1)} s`;
    process.stdout.write(
      `db.bench.ts: ${cases} cases in Chromium (${how}${reused ? '; seeded profile reused from the cache' : ''})\n`,
    );
    return browser;
  });
  return session;
}

function release(): void {
  idle = setTimeout(() => {
    const closing = session;
    session = undefined;
    void closing?.then((browser) => browser.close());
  }, IDLE_MS);
}

function measured(name: string, kind: Measured): Benchmark {
  return {
    name,
    ops: ITERATIONS,
    run: async () => {
      const browser = await open();
      try {
        const figures = await browser.measure(kind, ITERATIONS);
        const seed = kind === 'worklist' ? browser.seedFigures : {};
        return { figures: { ...figures, targetMs: targetsMs[kind], ...seed } };
      } finally {
        release();
      }
    },
  };
}

if (!hasChromium) console.warn(noChromiumReason.replace('e2e tests', 'db benchmarks'));

export const benchmarks: Benchmark[] = hasChromium
  ? [
      measured('db: worklist first page, 50 rows (Chromium)', 'worklist'),
      measured('db: search by NIK prefix (Chromium)', 'nikSearch'),
      measured('db: search by name prefix (Chromium)', 'nameSearch'),
      measured('db: open a case with persons, papers, audit (Chromium)', 'openCase'),
      measured('db: register a case, command + outbox (Chromium)', 'register'),
    ]
  : [];
