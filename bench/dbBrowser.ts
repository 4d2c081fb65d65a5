// Chromium with the counter's database for bench/db.bench.ts. Bundles renderer/db/seed/browser.ts
// and serves it from an intercepted localhost origin in a persistent profile (bench/browserPage.ts).
//
// Seeding 100,000 cases takes Chromium many minutes (about half a millisecond per row written), so
// the seeded profile is kept in node_modules/.cache/loket-db-bench under a key made of the seed's
// code (a bundle of renderer/db/seed/index.ts, and the page script's source) and the plan: a later
// run copies it instead of seeding again, also after changes to the queries being measured.
// The page's API is reached by name: bench/ cannot import renderer code.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { z } from 'zod';
import { dottedRegionCode } from '../shared/validate';
import { bundle, openPage } from './browserPage';
import { loadRegionTable } from './regionTable';

export type Measured = 'worklist' | 'nikSearch' | 'nameSearch' | 'openCase' | 'register';

export interface SeedPlan {
  total: number;
  templates: number;
  /** ISO instant the seed treats as now. */
  now: string;
  days: number;
}

type Villages = Record<string, string[]>;

/** What renderer/db/seed/browser.ts puts on the page's global object. */
interface PageGlobal {
  loketDbBench: {
    seed(options: SeedPlan & { villages: Villages }): Promise<unknown>;
    prepare(options: { villages: Villages; now: string }): Promise<unknown>;
    measure(kind: Measured, iterations: number): Promise<unknown>;
  };
}

export interface BenchBrowser {
  /** How the database was seeded (`reused` = 1 when it came from the cache), and the first
   * worklist page on the just-opened database (`coldWorklistMs`). */
  seedFigures: Record<string, number>;
  measure(kind: Measured, iterations: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const figuresSchema = z.record(z.string(), z.number());
const entry = fileURLToPath(new URL('../renderer/db/seed/browser.ts', import.meta.url));
const seedEntry = fileURLToPath(new URL('../renderer/db/seed/index.ts', import.meta.url));
const cacheRoot = fileURLToPath(new URL('../node_modules/.cache/loket-db-bench', import.meta.url));

/** Every village of every seed office's regency, dotted, as the address schema wants them. */
function seedVillages(regencyCodes: readonly string[]): Villages {
  const table = loadRegionTable();
  return Object.fromEntries(
    regencyCodes.map((regency) => {
      const districts = table.children(regency.replace('.', ''));
      const villages = districts.flatMap((district) => table.children(district.code));
      return [regency, villages.map((village) => dottedRegionCode(village.code))];
    }),
  );
}

const launch = (profile: string, script: string): Promise<[BrowserContext, Page]> =>
  openPage(profile, {
    origin: 'http://localhost:8187',
    title: 'db bench page',
    script,
    global: 'loketDbBench',
  });

/** Seeds a fresh profile and keeps a copy of it (only the latest: each is hundreds of MB). */
async function seedProfile(
  profile: string,
  script: string,
  plan: SeedPlan,
  villages: Villages,
  cached: string,
): Promise<Record<string, number>> {
  const [context, tab] = await launch(profile, script);
  // These functions run in the page (Playwright sends their source); the cast is erased.
  const seeded = await tab
    .evaluate((options) => (globalThis as unknown as PageGlobal).loketDbBench.seed(options), {
      ...plan,
      villages,
    })
    .finally(() => context.close());
  const figures = figuresSchema.parse(seeded);
  rmSync(cacheRoot, { recursive: true, force: true });
  cpSync(profile, join(cached, 'profile'), { recursive: true });
  writeFileSync(join(cached, 'seed.json'), JSON.stringify(figures));
  return figures;
}

export async function openBenchBrowser(
  plan: SeedPlan,
  regencyCodes: readonly string[],
): Promise<BenchBrowser> {
  const script = await bundle(entry);
  const key = createHash('sha256')
    .update(await bundle(seedEntry))
    .update(readFileSync(entry))
    .update(JSON.stringify(plan))
    .digest('hex');
  const cached = join(cacheRoot, key.slice(0, 16));
  const villages = seedVillages(regencyCodes);
  const profile = mkdtempSync(join(tmpdir(), 'loket-db-bench-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  try {
    let seedFigures: Record<string, number>;
    if (existsSync(join(cached, 'seed.json'))) {
      cpSync(join(cached, 'profile'), profile, { recursive: true });
      const stored = figuresSchema.parse(
        JSON.parse(readFileSync(join(cached, 'seed.json'), 'utf8')),
      );
      seedFigures = { ...stored, reused: 1 };
    } else {
      seedFigures = await seedProfile(profile, script, plan, villages, cached);
    }
    const [context, tab] = await launch(profile, script);
    const prepared = await tab.evaluate(
      (options) => (globalThis as unknown as PageGlobal).loketDbBench.prepare(options),
      { villages, now: plan.now },
    );
    return {
      seedFigures: { ...seedFigures, ...figuresSchema.parse(prepared) },
      measure: async (kind, iterations) =>
        figuresSchema.parse(
          await tab.evaluate(
            ([what, times]) =>
              (globalThis as unknown as PageGlobal).loketDbBench.measure(what, times),
            [kind, iterations] as const,
          ),
        ),
      close: async () => {
        await context.close();
        removeProfile();
      },
    };
  } catch (error) {
    removeProfile();
    throw error;
  }
}
