// The sync server of the sync benchmarks, forked by bench/syncHarness.ts: the real app over the
// schema it is given, on a loopback port. Between `start` and `stop` it samples its own memory
// every 50 ms and then reports the peaks and the CPU time it used. It stops when the parent
// disconnects.
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/database';
import type { ServerReply, ServerRequest } from './syncHarness';

const SAMPLE_MS = 50;
const MB = 1024 * 1024;

const url = process.env.DATABASE_URL;
const schema = process.env.LOKET_BENCH_SCHEMA;
const reply = process.send?.bind(process);
if (!url || !schema || !reply) throw new Error('bench/syncServer.ts runs forked by syncHarness.ts');

const db = await openDatabase({ kind: 'postgres', url, schema });
const app = buildApp({ db });
await app.listen({ host: '127.0.0.1', port: 0 });

let peak: { rss: number; heap: number } | undefined;
let cpuFrom = process.cpuUsage();
const sample = () => {
  if (!peak) return;
  const { rss, heapUsed } = process.memoryUsage();
  peak = { rss: Math.max(peak.rss, rss), heap: Math.max(peak.heap, heapUsed) };
};
setInterval(sample, SAMPLE_MS);

process.on('message', (message: ServerRequest) => {
  if (message.type === 'start') {
    peak = { rss: 0, heap: 0 };
    sample();
    cpuFrom = process.cpuUsage();
    return;
  }
  sample();
  const { user, system } = process.cpuUsage(cpuFrom);
  const { rss = 0, heap = 0 } = peak ?? {};
  peak = undefined;
  reply({
    type: 'stopped',
    peakRssMb: rss / MB,
    peakHeapMb: heap / MB,
    cpuS: (user + system) / 1e6,
  } satisfies ServerReply);
});

process.on('disconnect', () => {
  void app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});

const address = app.server.address();
reply({
  type: 'listening',
  port: typeof address === 'object' && address ? address.port : 0,
} satisfies ServerReply);
