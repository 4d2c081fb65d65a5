// npm run bench [-- --filter <text>] [--repetitions <n>] [--warmup <n>]
// Runs every bench/*.bench.ts, prints a table and writes bench/results/latest.json. A benchmark
// may fix its own warm-up and repetitions (see types.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverBenchFiles, formatTable, loadBenchmarks, runBenchmark } from './runner';
import type { BenchmarkResult } from './types';

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(benchDir, 'results', 'latest.json');

const { values } = parseArgs({
  options: {
    filter: { type: 'string', default: '' },
    repetitions: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
  },
});
const repetitions = Number(values.repetitions);
const warmup = Number(values.warmup);
if (!Number.isInteger(repetitions) || repetitions < 1 || !Number.isInteger(warmup) || warmup < 0) {
  throw new RangeError('--repetitions must be an integer ≥ 1 and --warmup an integer ≥ 0');
}

const results: BenchmarkResult[] = [];
for (const path of discoverBenchFiles(benchDir)) {
  const file = basename(path);
  for (const benchmark of await loadBenchmarks(path)) {
    if (!benchmark.name.includes(values.filter)) continue;
    process.stdout.write(`${file}: ${benchmark.name} …\n`);
    results.push(await runBenchmark(benchmark, file, { warmup, repetitions }));
  }
}

console.log(`\n${formatTable(results)}\n`);
mkdirSync(dirname(resultsPath), { recursive: true });
const report = {
  createdAt: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  warmup,
  repetitions,
  results,
};
writeFileSync(resultsPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Wrote ${relative(process.cwd(), resultsPath)}`);
