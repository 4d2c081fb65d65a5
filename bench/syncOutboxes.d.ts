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
/** The outboxes of `plans`, from the cache when `name`'s last seeding had the same code and plans. */
export declare function outboxes(name: string, plans: readonly OutboxPlan[], progress: (line: string) => void): Promise<Outboxes>;
