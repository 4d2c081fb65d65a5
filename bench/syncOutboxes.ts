// Real outboxes for the sync benchmarks: one counter per plan on fake-indexeddb, seeded by the
// real commands (server/sync/counterOps.test-helpers.ts, 2 to 4 ms a command), its outbox
// read back as push envelopes. Seeding thousands of commands takes a minute, so the outboxes are
// kept gzipped in node_modules/.cache/loket-sync-bench under a key made of the seed's code (a
// bundle of the helpers and everything of ours they import) and the plans: only the first run
// after a change to the commands or the seed pays for them. The ops name no device (the server
// runs each command with the id of the device that pushed it), so any enrolled device can push
// them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { seededOps } from '../server/sync/counterOps.test-helpers';
import type { OpEnvelope } from '../shared/sync/push';

export interface OutboxPlan {
  officeId: string;
  cases: number;
  seed: number;
}

export interface Outboxes {
  /** One outbox per plan, in the plans' order. */
  outboxes: OpEnvelope[][];
  /** Seconds spent seeding now; 0 when they came from the cache. */
  seededS: number;
}

const helpers = fileURLToPath(
  new URL('../server/sync/counterOps.test-helpers.ts', import.meta.url),
);
const cacheRoot = fileURLToPath(
  new URL('../node_modules/.cache/loket-sync-bench', import.meta.url),
);

async function seedCode(): Promise<string> {
  const result = await build({
    entryPoints: [helpers],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced nothing');
  return output.text;
}

/** The outboxes of `plans`, from the cache when `name`'s last seeding had the same code and plans. */
export async function outboxes(
  name: string,
  plans: readonly OutboxPlan[],
  progress: (line: string) => void,
): Promise<Outboxes> {
  const key = createHash('sha256')
    .update(await seedCode())
    .update(JSON.stringify(plans))
    .digest('hex')
    .slice(0, 16);
  const file = join(cacheRoot, `${name}-${key}.json.gz`);
  if (existsSync(file)) {
    const cached = JSON.parse(gunzipSync(readFileSync(file)).toString()) as OpEnvelope[][];
    return { outboxes: cached, seededS: 0 };
  }
  const cases = plans.reduce((sum, plan) => sum + plan.cases, 0);
  progress(`seeding ${plans.length} counters, ${cases} cases, by the real commands (then cached)`);
  const start = performance.now();
  const seeded: OpEnvelope[][] = [];
  for (const [index, plan] of plans.entries()) {
    const { ops } = await seededOps({
      officeId: plan.officeId,
      deviceId: `bench-counter-${index + 1}`,
      count: plan.cases,
      seed: plan.seed,
    });
    seeded.push(ops);
  }
  const seededS = (performance.now() - start) / 1000;
  mkdirSync(cacheRoot, { recursive: true });
  for (const stale of readdirSync(cacheRoot).filter((entry) => entry.startsWith(`${name}-`))) {
    rmSync(join(cacheRoot, stale));
  }
  writeFileSync(file, gzipSync(JSON.stringify(seeded)));
  return { outboxes: seeded, seededS };
}
