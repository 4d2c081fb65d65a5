// Discovering, loading, timing and printing benchmarks; bench/run.ts is the command.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { BenchFigures, Benchmark, BenchmarkResult } from './types';

export type RunOptions = {
  warmup: number;
  repetitions: number;
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number;
};

const benchModuleSchema = z.object({
  benchmarks: z.array(
    z.object({
      name: z.string().min(1),
      run: z.custom<Benchmark['run']>(
        (value) => typeof value === 'function',
        'run must be a function',
      ),
      ops: z.number().int().positive().optional(),
      warmup: z.number().int().nonnegative().optional(),
      repetitions: z.number().int().positive().optional(),
    }),
  ),
});

const figuresSchema = z.object({ figures: z.record(z.string(), z.number()) });

/** `*.bench.ts` files in `dir`, sorted by name. */
export function discoverBenchFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort()
    .map((file) => join(dir, file));
}

/** The benchmarks a loaded module exports; throws naming the file when the shape is wrong. */
export function benchmarksOf(module: unknown, file: string): Benchmark[] {
  const parsed = benchModuleSchema.safeParse(module);
  if (!parsed.success) {
    throw new TypeError(`${file} must export benchmarks: Benchmark[] (${parsed.error.message})`);
  }
  return parsed.data.benchmarks;
}

export async function loadBenchmarks(file: string): Promise<Benchmark[]> {
  const module: unknown = await import(pathToFileURL(file).href);
  return benchmarksOf(module, file);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Figures a run returned as `{ figures: { … } }`; none otherwise. */
export function figuresOf(value: unknown): BenchFigures {
  const parsed = figuresSchema.safeParse(value);
  return parsed.success ? parsed.data.figures : {};
}

export async function runBenchmark(
  benchmark: Benchmark,
  file: string,
  options: RunOptions,
): Promise<BenchmarkResult> {
  const { now = () => performance.now() } = options;
  const warmup = benchmark.warmup ?? options.warmup;
  const repetitions = benchmark.repetitions ?? options.repetitions;
  if (repetitions < 1) throw new RangeError('repetitions must be at least 1');
  for (let index = 0; index < warmup; index += 1) await benchmark.run();
  const times: number[] = [];
  let figures: BenchFigures = {};
  for (let index = 0; index < repetitions; index += 1) {
    const start = now();
    const returned = await benchmark.run();
    times.push(now() - start);
    figures = figuresOf(returned);
  }
  const ops = benchmark.ops ?? 1;
  const medianMs = median(times);
  return {
    file,
    name: benchmark.name,
    ops,
    repetitions,
    medianMs,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    opsPerSecond: medianMs > 0 ? (ops * 1000) / medianMs : Number.POSITIVE_INFINITY,
    figures,
  };
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function formatTable(results: readonly BenchmarkResult[]): string {
  const header = ['benchmark', 'ops', 'median ms', 'ops/s', 'figures'];
  const rows = results.map((result) => [
    result.name,
    integer.format(result.ops),
    decimal.format(result.medianMs),
    integer.format(result.opsPerSecond),
    Object.entries(result.figures)
      .map(([key, value]) => `${key}=${decimal.format(value)}`)
      .join(' '),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const numeric = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
