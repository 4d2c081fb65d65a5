// The counter's sync on the wire, through its real sync engine (fetch transport, Dexie store
// on fake-indexeddb) against the server in its own process on the real PostgreSQL of
// DATABASE_URL. One counter, enrolled and with the office pulled, then works offline: 1,000
// cases with their whole life by the seed's commands (registration, checklist, registry check,
// steps, outcome; no scans). Then it syncs, through a TCP proxy that counts every byte, HTTP
// headers included.
// - Bytes per case (on loopback): what the sending counter sends plus what it pulls back,
//   target ≤ 400; and what a second counter of the office pulls of them.
// - Time over a satellite link shaped in the proxy (64 kbit/s, 700 ms round trip, 2 % loss,
//   see test-support/shapedLink.ts): the sending counter's whole run, target ≤ 60 s.
// LOKET_BENCH_WIRE_CASES changes the count.
import 'fake-indexeddb/auto';
import { uuidv7 } from 'uuidv7';
import { openLoketDb, type LoketDb } from '../renderer/db/database';
import { seedCases } from '../renderer/db/seed/seedCases';
import { dexieSyncStore } from '../renderer/sync/dexieSyncStore';
import { fetchTransport } from '../shared/sync/http/fetchTransport';
import { runSync } from '../shared/sync/engine';
import { startFaultProxy, type FaultProxy } from '../test-support/faultProxy';
import { satelliteLink, type LinkShape } from '../test-support/shapedLink';
import { serverCatalog } from '../server/sync/officeState';
import { createSeedOffices, enrolDevice, openBenchServer, skipReason } from './syncHarness';
import type { Benchmark } from './types';

const TARGET_BYTES_PER_CASE = 400;
const TARGET_LINK_SECONDS = 60;
const CASES = Number(process.env.LOKET_BENCH_WIRE_CASES ?? 1_000);
const officeId = serverCatalog.offices[0]?.id ?? '';

const say = (line: string) => process.stdout.write(`syncWire.bench.ts: ${line}\n`);

type Device = Awaited<ReturnType<typeof enrolDevice>>;

/**
 * A server with the office's staff, two enrolled counters, and the first one's offline work:
 * `run` gives each step the proxy and a sync of a counter through it.
 */
async function withOfflineWork<T>(
  link: LinkShape | undefined,
  run: (session: {
    proxy: FaultProxy;
    ops: number;
    sync: (db: LoketDb, device: Device) => ReturnType<typeof runSync>;
    sender: LoketDb;
    receiver: LoketDb;
    one: Device;
    two: Device;
  }) => Promise<T>,
): Promise<T> {
  if (officeId === '') throw new Error('the seed catalog has no office');
  const { createSeedStaff, seedVillages } = await import('../server/sync/counterOps.test-helpers');
  const server = await openBenchServer();
  const sender = openLoketDb(`wire-sender-${uuidv7()}`);
  const receiver = openLoketDb(`wire-receiver-${uuidv7()}`);
  const proxy = await startFaultProxy({
    target: server.port,
    seed: 1,
    faultRate: 0,
    ...(link ? { link } : {}),
  });
  try {
    await createSeedOffices(server.db, [officeId]);
    await createSeedStaff(server.db, officeId);
    const one = await enrolDevice(server.db, officeId, 'Loket 1');
    const two = await enrolDevice(server.db, officeId, 'Loket 2');
    const sync = (db: LoketDb, device: Device) =>
      runSync({
        transport: fetchTransport({
          serverUrl: `http://127.0.0.1:${proxy.port}`,
          token: device.headers.authorization.slice('Bearer '.length),
        }),
        store: dexieSyncStore(db),
        deviceId: device.deviceId,
        now: () => new Date(),
      });
    // Enrolled, it has pulled the office; then it works offline.
    await sync(sender, one);
    const seeded = await seedCases(sender, {
      count: CASES,
      villages: seedVillages,
      officeIds: [officeId],
      deviceId: one.deviceId,
      seed: 21,
      days: 60,
      mode: 'batch',
      batchSize: 1_000,
    });
    return await run({ proxy, ops: seeded.commands, sync, sender, receiver, one, two });
  } finally {
    await proxy.close();
    for (const db of [sender, receiver]) {
      db.close();
      await db.delete();
    }
    await server.close();
  }
}

const perCase = (bytes: number) => bytes / CASES;

const wireRun = () =>
  withOfflineWork(undefined, async ({ proxy, ops, sync, sender, receiver, one, two }) => {
    const before = { ...proxy.bytes };
    const sent = await sync(sender, one);
    const sending = { up: proxy.bytes.up - before.up, down: proxy.bytes.down - before.down };
    const pulling = { ...proxy.bytes };
    const received = await sync(receiver, two);
    const other = { up: proxy.bytes.up - pulling.up, down: proxy.bytes.down - pulling.down };
    if (sent.sent !== ops || (await receiver.cases.count()) !== CASES) {
      throw new Error(`synced ${sent.sent}/${ops} ops, ${received.pulled} records`);
    }
    const senderPerCase = perCase(sending.up + sending.down);
    const verdict = senderPerCase <= TARGET_BYTES_PER_CASE ? 'PASS' : 'BELOW';
    say(
      [
        `${CASES} cases, ${ops} ops, through a counting proxy`,
        `  the sending counter: ${perCase(sending.up).toFixed(0)} B/case up (its ops), ${perCase(sending.down).toFixed(0)} B/case down (answers and its own records pulled back)`,
        `  = ${senderPerCase.toFixed(0)} B/case, target ≤ ${TARGET_BYTES_PER_CASE}: ${verdict}`,
        `  a second counter pulling them: ${perCase(other.down).toFixed(0)} B/case down, ${perCase(other.up).toFixed(0)} B/case up`,
      ].join('\n'),
    );
    return {
      figures: {
        cases: CASES,
        ops,
        senderUpBytesPerCase: perCase(sending.up),
        senderDownBytesPerCase: perCase(sending.down),
        senderBytesPerCase: senderPerCase,
        targetBytesPerCase: TARGET_BYTES_PER_CASE,
        receiverDownBytesPerCase: perCase(other.down),
      },
    };
  });

const linkRun = () =>
  withOfflineWork(satelliteLink, async ({ proxy, ops, sync, sender, one }) => {
    const before = { ...proxy.bytes };
    const started = performance.now();
    const sent = await sync(sender, one);
    const seconds = (performance.now() - started) / 1_000;
    if (sent.sent !== ops) throw new Error(`synced ${sent.sent}/${ops} ops`);
    const up = proxy.bytes.up - before.up;
    const down = proxy.bytes.down - before.down;
    const verdict = seconds <= TARGET_LINK_SECONDS ? 'PASS' : 'BELOW';
    say(
      [
        `${CASES} cases, ${ops} ops, over ${satelliteLink.bytesPerSecond * 8} bit/s, ${satelliteLink.roundTripMs} ms round trip, ${satelliteLink.loss * 100} % loss`,
        `  the sending counter's whole run (push, answers, pull back): ${seconds.toFixed(1)} s, target ≤ ${TARGET_LINK_SECONDS} s: ${verdict}`,
        `  ${(up / 1_000).toFixed(0)} KB up, ${(down / 1_000).toFixed(0)} KB down`,
      ].join('\n'),
    );
    return {
      figures: {
        cases: CASES,
        ops,
        seconds,
        targetSeconds: TARGET_LINK_SECONDS,
        upBytes: up,
        downBytes: down,
      },
    };
  });

if (skipReason) console.warn(`syncWire.bench.ts: skipped, ${skipReason}`);

export const benchmarks: Benchmark[] = skipReason
  ? []
  : [
      {
        name: 'sync: bytes on the wire per case, both directions',
        warmup: 0,
        repetitions: 1,
        run: wireRun,
      },
      {
        name: 'sync: 1,000 cases over a satellite link',
        warmup: 0,
        repetitions: 1,
        run: linkRun,
      },
    ];
