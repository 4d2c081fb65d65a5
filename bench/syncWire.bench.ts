// Bytes on the wire per synced case, both directions, through the counter's real sync engine
// (fetch transport, Dexie store on fake-indexeddb) against the server in its own process on
// the real PostgreSQL of DATABASE_URL. One counter has 1,000 cases with their whole life by
// the seed's commands (registration, checklist, registry check, steps, outcome; no scans) and
// syncs them; a second counter of the office then pulls them. A TCP proxy between them counts
// every byte, HTTP headers included. Target: ≤ 400 bytes per case for the counter that sends
// (what it sends plus what it pulls back). LOKET_BENCH_WIRE_CASES changes the count.
import 'fake-indexeddb/auto';
import { uuidv7 } from 'uuidv7';
import { openLoketDb } from '../renderer/db/database';
import { seedCases } from '../renderer/db/seed/seedCases';
import { dexieSyncStore } from '../renderer/sync/dexieSyncStore';
import { fetchTransport } from '../renderer/sync/fetchTransport';
import { runSync } from '../shared/sync/engine';
import { startFaultProxy } from '../test-support/faultProxy';
import { serverCatalog } from '../server/sync/officeState';
import { createSeedOffices, enrolDevice, openBenchServer, skipReason } from './syncHarness';
import type { Benchmark } from './types';

const TARGET_BYTES_PER_CASE = 400;
const CASES = Number(process.env.LOKET_BENCH_WIRE_CASES ?? 1_000);
const officeId = serverCatalog.offices[0]?.id ?? '';

const say = (line: string) => process.stdout.write(`syncWire.bench.ts: ${line}\n`);

async function wireRun() {
  if (officeId === '') throw new Error('the seed catalog has no office');
  const { createSeedStaff, seedVillages } = await import('../server/sync/counterOps.test-helpers');
  const server = await openBenchServer();
  const sender = openLoketDb(`wire-sender-${uuidv7()}`);
  const receiver = openLoketDb(`wire-receiver-${uuidv7()}`);
  const proxy = await startFaultProxy({ target: server.port, seed: 1, faultRate: 0 });
  try {
    await createSeedOffices(server.db, [officeId]);
    await createSeedStaff(server.db, officeId);
    const one = await enrolDevice(server.db, officeId, 'Loket 1');
    const two = await enrolDevice(server.db, officeId, 'Loket 2');
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
    const sync = (db: typeof sender, device: typeof one) =>
      runSync({
        transport: fetchTransport({
          serverUrl: `http://127.0.0.1:${proxy.port}`,
          token: device.headers.authorization.slice('Bearer '.length),
        }),
        store: dexieSyncStore(db),
        deviceId: device.deviceId,
        now: () => new Date(),
      });
    const before = { ...proxy.bytes };
    const sent = await sync(sender, one);
    const sending = { up: proxy.bytes.up - before.up, down: proxy.bytes.down - before.down };
    const pulling = { ...proxy.bytes };
    const received = await sync(receiver, two);
    const other = { up: proxy.bytes.up - pulling.up, down: proxy.bytes.down - pulling.down };
    if (sent.sent !== seeded.commands || (await receiver.cases.count()) !== CASES) {
      throw new Error(`synced ${sent.sent}/${seeded.commands} ops, ${received.pulled} records`);
    }
    const perCase = (bytes: number) => bytes / CASES;
    const senderPerCase = perCase(sending.up + sending.down);
    const verdict = senderPerCase <= TARGET_BYTES_PER_CASE ? 'PASS' : 'BELOW';
    say(
      [
        `${CASES} cases, ${seeded.commands} ops, through a counting proxy`,
        `  the sending counter: ${perCase(sending.up).toFixed(0)} B/case up (its ops), ${perCase(sending.down).toFixed(0)} B/case down (answers and its own records pulled back)`,
        `  = ${senderPerCase.toFixed(0)} B/case, target ≤ ${TARGET_BYTES_PER_CASE}: ${verdict}`,
        `  a second counter pulling them: ${perCase(other.down).toFixed(0)} B/case down, ${perCase(other.up).toFixed(0)} B/case up`,
      ].join('\n'),
    );
    return {
      figures: {
        cases: CASES,
        ops: seeded.commands,
        senderUpBytesPerCase: perCase(sending.up),
        senderDownBytesPerCase: perCase(sending.down),
        senderBytesPerCase: senderPerCase,
        targetBytesPerCase: TARGET_BYTES_PER_CASE,
        receiverDownBytesPerCase: perCase(other.down),
      },
    };
  } finally {
    await proxy.close();
    for (const db of [sender, receiver]) {
      db.close();
      await db.delete();
    }
    await server.close();
  }
}

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
    ];
