// What the sync benchmarks share: a fresh schema in the PostgreSQL of DATABASE_URL (dropped by
// `close`), the real server over it in a process of its own (bench/syncServer.ts) listening on
// loopback, offices and enrolled devices, and an HTTP client that counts the bytes on the wire.
// LOKET_BENCH_SERVER_PROF=<dir> runs the server with --cpu-prof into that folder.
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { openTestDatabase } from '../server/db/testDatabase.test-helpers';
import { createOffice, enroll, issueEnrolmentCode } from '../server/enrolment';
import { serverCatalog } from '../server/sync/officeState';

export const skipReason = process.env.DATABASE_URL
  ? undefined
  : 'DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test): it needs a real PostgreSQL';

/** Parent to server process. */
export type ServerRequest = { type: 'start' } | { type: 'stop' };

/** The server process's own use between `start` and `stop`. */
export interface ServerUse {
  peakRssMb: number;
  peakHeapMb: number;
  cpuS: number;
}

/** Server process to parent. */
export type ServerReply = { type: 'listening'; port: number } | ({ type: 'stopped' } & ServerUse);

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
  token: string;
  headers: { authorization: string };
}

const serverEntry = fileURLToPath(new URL('./syncServer.ts', import.meta.url));
const agent = new Agent({ keepAlive: true });
const inflate = promisify(gunzip);
/** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
const TICKS_PER_SECOND = 100;

function replyOf<K extends ServerReply['type']>(
  child: ChildProcess,
  type: K,
): Promise<Extract<ServerReply, { type: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerReply) => {
      if (message.type !== type) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message as Extract<ServerReply, { type: K }>);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`bench server process exited (${code}) before '${type}'`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** User + system CPU ticks of every postgres process this machine shows, by pid. */
function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    // After the command come state (3rd field) … utime and stime (14th and 15th).
    const fields = stat.slice(close + 2).split(' ');
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

/** CPU seconds postgres processes spent between two readings (what exited meanwhile is lost). */
function postgresCpuS(before: Map<string, number>, after: Map<string, number>) {
  if (after.size === 0) return undefined;
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks / TICKS_PER_SECOND;
}

export async function openBenchServer(): Promise<BenchServer> {
  const test = await openTestDatabase('postgres');
  let child: ChildProcess | undefined;
  try {
    await migrate(test.db);
    const { rows } = await test.db.query<{ schema: string }>('SELECT current_schema() AS schema');
    const profile = process.env.LOKET_BENCH_SERVER_PROF;
    const server = fork(serverEntry, {
      env: { ...process.env, LOKET_BENCH_SCHEMA: rows[0]?.schema ?? '' },
      execArgv: [
        ...process.execArgv,
        ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      ],
    });
    child = server;
    const { port } = await replyOf(server, 'listening');
    return {
      db: test.db,
      port,
      async measure(work) {
        server.send({ type: 'start' } satisfies ServerRequest);
        const postgresBefore = postgresTicks();
        const start = performance.now();
        const value = await work();
        const seconds = (performance.now() - start) / 1000;
        const postgresAfter = postgresTicks();
        server.send({ type: 'stop' } satisfies ServerRequest);
        const { peakRssMb, peakHeapMb, cpuS } = await replyOf(server, 'stopped');
        return {
          value,
          seconds,
          server: { peakRssMb, peakHeapMb, cpuS },
          postgresCpuS: postgresCpuS(postgresBefore, postgresAfter),
        };
      },
      async close() {
        if (server.connected) {
          const exited = new Promise((resolve) => server.once('exit', resolve));
          server.disconnect();
          await exited;
        }
        await test.drop();
      },
    };
  } catch (error) {
    child?.kill();
    await test.drop();
    throw error;
  }
}

/** The seed offices (their catalog profile and staff are what the seeded ops expect). */
export async function createSeedOffices(db: Database, officeIds: readonly string[]): Promise<void> {
  for (const officeId of officeIds) {
    const office = serverCatalog.offices.find((candidate) => candidate.id === officeId);
    if (!office) throw new Error(`no seed office ${officeId}`);
    await createOffice(db, office.id, office.name);
  }
}

export async function enrolDevice(
  db: Database,
  officeId: string,
  label: string,
): Promise<BenchDevice> {
  const { code } = await issueEnrolmentCode(db, officeId);
  const enrolled = await enroll(db, { code, label });
  if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.code}`);
  const { deviceId, token } = enrolled.value;
  return { officeId, deviceId, token, headers: { authorization: `Bearer ${token}` } };
}

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
export function send(
  port: number,
  options: { method: 'GET' | 'POST'; path: string; headers: Record<string, string> },
  body?: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, agent, method: options.method, path: options.path },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          const gzipped = response.headers['content-encoding'] === 'gzip';
          (gzipped ? inflate(wire) : Promise.resolve(wire)).then(
            (inflated) =>
              resolve({
                status: response.statusCode ?? 0,
                wireBytes: wire.length,
                gzipped,
                body: inflated,
              }),
            reject,
          );
        });
      },
    );
    for (const [name, value] of Object.entries(options.headers)) outgoing.setHeader(name, value);
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export interface Streamed {
  status: number;
  wireBytes: number;
  gzipped: boolean;
  /** Body bytes after inflating. */
  bodyBytes: number;
}

/**
 * One GET whose body goes to `onText`, inflated and decoded, as it arrives (a counter applies a
 * pull page while the next one is still on the way).
 */
export function stream(
  port: number,
  options: { path: string; headers: Record<string, string> },
  onText: (text: string) => void,
): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, agent, method: 'GET', path: options.path },
      (response) => {
        const gzipped = response.headers['content-encoding'] === 'gzip';
        let wireBytes = 0;
        let bodyBytes = 0;
        response.on('data', (chunk: Buffer) => (wireBytes += chunk.length));
        response.on('error', reject);
        const body = gzipped ? response.pipe(createGunzip()) : response;
        const decoder = new StringDecoder('utf8');
        body.on('data', (chunk: Buffer) => {
          bodyBytes += chunk.length;
          onText(decoder.write(chunk));
        });
        body.on('error', reject);
        body.on('end', () =>
          resolve({ status: response.statusCode ?? 0, wireBytes, gzipped, bodyBytes }),
        );
      },
    );
    for (const [name, value] of Object.entries(options.headers)) outgoing.setHeader(name, value);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
