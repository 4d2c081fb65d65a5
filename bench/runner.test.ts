import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  benchmarksOf,
  discoverBenchFiles,
  figuresOf,
  formatTable,
  median,
  runBenchmark,
} from './runner';
import type { BenchmarkResult } from './types';

const scratch = mkdtempSync(join(tmpdir(), 'loket-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A clock that returns the given readings in turn. */
function scriptedClock(readings: number[]): () => number {
  let next = 0;
  return () => readings[next++] ?? Number.NaN;
}

describe('bench runner', () => {
  it('finds *.bench.ts files, sorted', () => {
    for (const file of ['b.bench.ts', 'a.bench.ts', 'types.ts', 'c.bench.js', 'a.test.ts']) {
      writeFileSync(join(scratch, file), '');
    }
    expect(discoverBenchFiles(scratch)).toEqual([
      join(scratch, 'a.bench.ts'),
      join(scratch, 'b.bench.ts'),
    ]);
  });

  it('checks what a bench file exports', () => {
    const run = () => 1;
    expect(benchmarksOf({ benchmarks: [{ name: 'x', run }] }, 'x.bench.ts')).toEqual([
      { name: 'x', run },
    ]);
    expect(() => benchmarksOf({}, 'x.bench.ts')).toThrow(/x\.bench\.ts must export benchmarks/);
    expect(() => benchmarksOf({ benchmarks: [{ name: 'x', run: 1 }] }, 'x.bench.ts')).toThrow(
      /run must be a function/,
    );
    expect(() =>
      benchmarksOf({ benchmarks: [{ name: 'x', run, ops: 0 }] }, 'x.bench.ts'),
    ).toThrow();
  });

  it('takes medians', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('reads figures a run returns, and nothing else', () => {
    expect(figuresOf({ figures: { bytes: 10 } })).toEqual({ bytes: 10 });
    expect(figuresOf({ figures: { bytes: '10' } })).toEqual({});
    expect(figuresOf(42)).toEqual({});
    expect(figuresOf(undefined)).toEqual({});
  });

  it('warms up, then times each repetition', async () => {
    let runs = 0;
    const result = await runBenchmark(
      {
        name: 'sum',
        ops: 1000,
        run: async () => {
          runs += 1;
          return { figures: { runs } };
        },
      },
      'x.bench.ts',
      { warmup: 2, repetitions: 3, now: scriptedClock([0, 30, 30, 40, 40, 60]) },
    );
    expect(runs).toBe(5);
    expect(result).toEqual({
      file: 'x.bench.ts',
      name: 'sum',
      ops: 1000,
      repetitions: 3,
      medianMs: 20,
      minMs: 10,
      maxMs: 30,
      opsPerSecond: 50_000,
      figures: { runs: 5 },
    });
  });

  it('keeps the warm-up and repetitions a benchmark fixes for itself', async () => {
    let runs = 0;
    const result = await runBenchmark(
      { name: 'sync', warmup: 0, repetitions: 1, run: () => (runs += 1) },
      'x.bench.ts',
      { warmup: 2, repetitions: 5, now: scriptedClock([0, 70]) },
    );
    expect(runs).toBe(1);
    expect(result).toMatchObject({ repetitions: 1, medianMs: 70 });
  });

  it('prints an aligned table', () => {
    const result: BenchmarkResult = {
      file: 'x.bench.ts',
      name: 'nik: validate',
      ops: 100_000,
      repetitions: 5,
      medianMs: 91.4638,
      minMs: 80,
      maxMs: 120,
      opsPerSecond: 1_093_328.46,
      figures: { bytes: 1_107_190, ratio: 0.3855 },
    };
    expect(formatTable([result, { ...result, name: 'x', ops: 1, figures: {} }])).toBe(
      [
        'benchmark          ops  median ms      ops/s  figures',
        '-------------  -------  ---------  ---------  ---------------------------',
        'nik: validate  100,000     91.464  1,093,328  bytes=1,107,190 ratio=0.386',
        'x                    1     91.464  1,093,328',
      ].join('\n'),
    );
  });
});
