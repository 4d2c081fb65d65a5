// Push ingest against the real PostgreSQL of DATABASE_URL: 20 counters, four at each of the five
// seed offices, push their own real outboxes (bench/syncOutboxes.ts) all at once over loopback
// HTTP to the server in its own process, in gzip batches of 200 ops, each counter one batch after
// the other as the app does. Every op is decided again on the server by the shared commands.
//
// One run: a fresh schema with the offices, their staff and 20 enrolled devices, the batches
// gzipped beforehand, then the push (the figures) and the schema dropped. The table's "median ms"
// is the whole run; the figures are the push alone: wall time, sustained ops/s beside the target
// (5,000 ops/s on the 2-core server), batch latency, answers other than `applied` (there should
// be none), and the CPU the server process and PostgreSQL spent. LOKET_BENCH_PUSH_CASES sets the
// cases per counter (default 60, six to seven ops each).
import { gzipSync } from 'node:zlib';
import { serverCatalog } from '../server/sync/officeState';
import { MAX_BATCH_OPS, type PushResponse } from '../shared/sync/push';
import {
  createSeedOffices,
  enrolDevice,
  openBenchServer,
  percentile,
  send,
  skipReason,
  type BenchDevice,
} from './syncHarness';
import type { Benchmark } from './types';

const TARGET_OPS_PER_S = 5_000;
const COUNTERS_PER_OFFICE = 4;
const CASES_PER_COUNTER = Number(process.env.LOKET_BENCH_PUSH_CASES ?? 60);
const officeIds = serverCatalog.offices.map((office) => office.id);
const plans = officeIds.flatMap((officeId, office) =>
  Array.from({ length: COUNTERS_PER_OFFICE }, (_, counter) => ({
    officeId,
    cases: CASES_PER_COUNTER,
    seed: 100 + office * COUNTERS_PER_OFFICE + counter,
  })),
);

const say = (line: string) => process.stdout.write(`syncPush.bench.ts: ${line}\n`);

interface Counter {
  device: BenchDevice;
  /** The outbox as push bodies, gzipped, with the ops each holds. */
  batches: { body: Buffer; ops: number }[];
}

interface Pushed {
  latenciesMs: number[];
  /** Answers other than `applied`, by status and code. */
  others: Map<string, number>;
}

async function pushOutbox(port: number, counter: Counter, pushed: Pushed): Promise<void> {
  const headers = {
    ...counter.device.headers,
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    'accept-encoding': 'gzip',
  };
  for (const batch of counter.batches) {
    const start = performance.now();
    const answer = await send(port, { method: 'POST', path: '/v1/push', headers }, batch.body);
    pushed.latenciesMs.push(performance.now() - start);
    if (answer.status !== 200) {
      throw new Error(`push answered ${answer.status}: ${answer.body.toString()}`);
    }
    const { results } = JSON.parse(answer.body.toString()) as PushResponse;
    for (const result of results) {
      if (result.status === 'applied') continue;
      const key = `${result.status} ${result.code ?? ''}`.trim();
      pushed.others.set(key, (pushed.others.get(key) ?? 0) + 1);
    }
  }
}

async function pushRun() {
  const { outboxes } = await import('./syncOutboxes');
  const { createSeedStaff } = await import('../server/sync/counterOps.test-helpers');
  const seeded = await outboxes('push', plans, say);
  const server = await openBenchServer();
  try {
    await createSeedOffices(server.db, officeIds);
    for (const officeId of officeIds) await createSeedStaff(server.db, officeId);
    const counters: Counter[] = [];
    for (const [index, plan] of plans.entries()) {
      const device = await enrolDevice(server.db, plan.officeId, `Loket ${index + 1}`);
      const ops = seeded.outboxes[index] ?? [];
      const batches = [];
      for (let from = 0; from < ops.length; from += MAX_BATCH_OPS) {
        const batch = ops.slice(from, from + MAX_BATCH_OPS);
        const json = JSON.stringify({ deviceId: device.deviceId, ops: batch });
        batches.push({ body: gzipSync(json), ops: batch.length });
      }
      counters.push({ device, batches });
    }
    const ops = counters.reduce(
      (sum, counter) => sum + counter.batches.reduce((total, batch) => total + batch.ops, 0),
      0,
    );
    const pushed: Pushed = { latenciesMs: [], others: new Map() };
    const measured = await server.measure(() =>
      Promise.all(counters.map((counter) => pushOutbox(server.port, counter, pushed))),
    );
    const latencies = pushed.latenciesMs.sort((a, b) => a - b);
    const opsPerS = ops / measured.seconds;
    const notApplied = [...pushed.others.values()].reduce((sum, count) => sum + count, 0);
    const verdict = opsPerS >= TARGET_OPS_PER_S ? 'PASS' : 'BELOW';
    say(
      [
        `${counters.length} counters of ${officeIds.length} offices pushed ${ops} ops in ${latencies.length} batches in ${measured.seconds.toFixed(1)} s`,
        `  sustained ${opsPerS.toFixed(0)} ops/s, target ≥ ${TARGET_OPS_PER_S}: ${verdict}`,
        `  batch latency p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${(latencies.at(-1) ?? 0).toFixed(0)} ms`,
        `  not applied: ${notApplied === 0 ? 'none' : [...pushed.others].map(([key, count]) => `${count} ${key}`).join(', ')}`,
        `  CPU: server process ${measured.server.cpuS.toFixed(1)} s, PostgreSQL ${measured.postgresCpuS?.toFixed(1) ?? '?'} s (every local backend); server peak RSS ${measured.server.peakRssMb.toFixed(0)} MB`,
      ].join('\n'),
    );
    return {
      figures: {
        counters: counters.length,
        ops,
        batches: latencies.length,
        pushS: measured.seconds,
        opsPerS,
        targetOpsPerS: TARGET_OPS_PER_S,
        p50Ms: percentile(latencies, 0.5),
        p95Ms: percentile(latencies, 0.95),
        maxMs: latencies.at(-1) ?? 0,
        notApplied,
        serverCpuS: measured.server.cpuS,
        ...(measured.postgresCpuS === undefined ? {} : { postgresCpuS: measured.postgresCpuS }),
        serverPeakRssMb: measured.server.peakRssMb,
        seededS: seeded.seededS,
      },
    };
  } finally {
    await server.close();
  }
}

if (skipReason) console.warn(`syncPush.bench.ts: skipped, ${skipReason}`);

export const benchmarks: Benchmark[] = skipReason
  ? []
  : [
      {
        name: `sync: push, ${plans.length} counters at once, real outboxes (PostgreSQL)`,
        warmup: 0,
        repetitions: 1,
        run: pushRun,
      },
    ];
