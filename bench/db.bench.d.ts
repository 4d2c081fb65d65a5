import type { Benchmark } from './types';
export declare const benchmarks: Benchmark[];
