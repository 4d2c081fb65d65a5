import type { Database } from '../server/db/database';
export declare const skipReason: string | undefined;
/** Parent to server process. */
export type ServerRequest = {
    type: 'start';
} | {
    type: 'stop';
};
/** The server process's own use between `start` and `stop`. */
export interface ServerUse {
    peakRssMb: number;
    peakHeapMb: number;
    cpuS: number;
}
/** Server process to parent. */
export type ServerReply = {
    type: 'listening';
    port: number;
} | ({
    type: 'stopped';
} & ServerUse);
export interface Measured<T> {
    value: T;
    seconds: number;
    server: ServerUse;
    /** CPU of every local postgres process meanwhile (other clients' too); undefined if remote. */
    postgresCpuS: number | undefined;
}
export interface BenchServer {
    /** The benchmark's own connection to the schema, for setup. */
    db: Database;
    port: number;
    /** Times `work` and what the server process and PostgreSQL spent on it. */
    measure<T>(work: () => Promise<T>): Promise<Measured<T>>;
    /** Stops the server process and drops the schema. */
    close(): Promise<void>;
}
export interface BenchDevice {
    officeId: string;
    deviceId: string;
    headers: {
        authorization: string;
    };
}
export declare function openBenchServer(): Promise<BenchServer>;
/** The seed offices (their catalog profile and staff are what the seeded ops expect). */
export declare function createSeedOffices(db: Database, officeIds: readonly string[]): Promise<void>;
export declare function enrolDevice(db: Database, officeId: string, label: string): Promise<BenchDevice>;
export interface Answer {
    status: number;
    /** Body bytes as they came over the socket. */
    wireBytes: number;
    /** Whether the server sent the body gzip-compressed. */
    gzipped: boolean;
    /** The body, inflated. */
    body: Buffer;
}
/** One request to the bench server on a kept-alive connection. */
export declare function send(port: number, options: {
    method: 'GET' | 'POST';
    path: string;
    headers: Record<string, string>;
}, body?: Buffer): Promise<Answer>;
/** The value below which `share` of the sorted values lie (nearest rank). */
export declare function percentile(sorted: readonly number[], share: number): number;
