export type BenchFigures = Record<string, number>;
export type Benchmark = {
    name: string;
    /** One timed repetition. */
    run: () => unknown | Promise<unknown>;
    /** Operations one run performs (default 1); ops/s is ops divided by the median run time. */
    ops?: number;
    /**
     * Fixed counts for a benchmark whose one run is a long measurement of its own (a sync run
     * against PostgreSQL): they take the place of --warmup and --repetitions.
     */
    warmup?: number;
    repetitions?: number;
};
export type BenchmarkResult = {
    file: string;
    name: string;
    ops: number;
    repetitions: number;
    medianMs: number;
    minMs: number;
    maxMs: number;
    opsPerSecond: number;
    figures: BenchFigures;
};
