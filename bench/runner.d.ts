import type { BenchFigures, Benchmark, BenchmarkResult } from './types';
export type RunOptions = {
    warmup: number;
    repetitions: number;
    /** Clock in milliseconds; tests pass their own. */
    now?: () => number;
};
/** `*.bench.ts` files in `dir`, sorted by name. */
export declare function discoverBenchFiles(dir: string): string[];
/** The benchmarks a loaded module exports; throws naming the file when the shape is wrong. */
export declare function benchmarksOf(module: unknown, file: string): Benchmark[];
export declare function loadBenchmarks(file: string): Promise<Benchmark[]>;
export declare function median(values: readonly number[]): number;
/** Figures a run returned as `{ figures: { … } }`; none otherwise. */
export declare function figuresOf(value: unknown): BenchFigures;
export declare function runBenchmark(benchmark: Benchmark, file: string, options: RunOptions): Promise<BenchmarkResult>;
export declare function formatTable(results: readonly BenchmarkResult[]): string;
