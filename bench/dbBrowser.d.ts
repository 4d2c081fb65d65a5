export type Measured = 'worklist' | 'nikSearch' | 'nameSearch' | 'openCase' | 'register';
export interface SeedPlan {
    total: number;
    templates: number;
    /** ISO instant the seed treats as now. */
    now: string;
    days: number;
}
export interface BenchBrowser {
    /** How the database was seeded (`reused` = 1 when it came from the cache), and the first
     * worklist page on the just-opened database (`coldWorklistMs`). */
    seedFigures: Record<string, number>;
    measure(kind: Measured, iterations: number): Promise<Record<string, number>>;
    close(): Promise<void>;
}
export declare function openBenchBrowser(plan: SeedPlan, regencyCodes: readonly string[]): Promise<BenchBrowser>;
