// Counters of two offices working and syncing through a link that drops, stalls, truncates,
// doubles requests and answers 500 (test-support/faultProxy.ts), then healing: every op is on
// the server exactly once, every counter of an office ends with the same cases as the server,
// and nothing crosses offices. The seed is in the test's name; LOKET_FAULT_SEED replays one.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoketDb, type LoketDb } from '../../renderer/db/database';
import { executeCommand } from '../../renderer/db/executeCommand';
import { contextAt } from '../../renderer/db/fixtures.test-helpers';
import { seedCases } from '../../renderer/db/seed/seedCases';
import { caseRecordOf } from '../../renderer/db/storedCase';
import { dexieSyncStore } from '../../renderer/sync/dexieSyncStore';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import { runSync, SyncFailure } from '../../shared/sync/engine';
import { seededRandom } from '../../shared/random';
import { startFaultProxy, type FaultProxy } from '../../test-support/faultProxy';
import { backends } from '../db/testDatabase.test-helpers';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
  type TestDevice,
} from '../testServer.test-helpers';
import { createSeedStaff, seedVillages } from './counterOps.test-helpers';

const seed = Number(process.env.LOKET_FAULT_SEED ?? Math.floor(Math.random() * 1_000_000));
const ROUNDS = 6;
const CASES_PER_ROUND = 4;
const ATTEMPTS_PER_ROUND = 6;

interface Counter {
  name: string;
  officeId: string;
  device: TestDevice;
  db: LoketDb;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  await closeTestServers();
});

/** Short timeouts while the link misbehaves (a stall must end), calm ones once it healed. */
const sync = (port: number, counter: Counter, timeoutMs = 1_500) =>
  runSync({
    transport: fetchTransport({
      serverUrl: `http://127.0.0.1:${port}`,
      token: counter.device.token,
      timeoutMs,
    }),
    store: dexieSyncStore(counter.db),
    deviceId: counter.device.deviceId,
    now: () => new Date(),
  });

const casesOf = async (db: LoketDb) =>
  (await db.cases.toArray()).map(caseRecordOf).sort((a, b) => a.id.localeCompare(b.id));

describe.each(backends)('sync through a faulty link on %s', (kind) => {
  it(`loses and doubles nothing, and every counter of an office converges (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const server = await openTestServer(kind);
    // One request per connection, so every request draws its own fate at the proxy.
    server.app.addHook('onSend', async (_request, reply) => {
      reply.header('connection', 'close');
    });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as AddressInfo;
    const proxy: FaultProxy = await startFaultProxy({ target: port, seed, faultRate: 0.4 });
    cleanup.push(() => proxy.close());
    await createSeedStaff(server.db, officeA);
    await createSeedStaff(server.db, officeB);
    const counters: Counter[] = [];
    for (const [name, officeId] of [
      ['A1', officeA],
      ['A2', officeA],
      ['B1', officeB],
    ] as const) {
      const db = openLoketDb(`faulty-${name}-${uuidv7()}`);
      cleanup.push(async () => {
        db.close();
        await db.delete();
      });
      counters.push({ name, officeId, device: await server.enrollDevice(officeId, name), db });
    }

    const failures = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, counter] of counters.entries()) {
        await seedCases(counter.db, {
          count: CASES_PER_ROUND,
          villages: seedVillages,
          officeIds: [counter.officeId],
          deviceId: counter.device.deviceId,
          seed: seed + round * 10 + index,
          days: 20,
        });
        // A note on a case this counter holds, often one another counter registered.
        const cases = await counter.db.cases.toArray();
        const target = cases[Math.floor(random() * cases.length)];
        const [author] = await counter.db.audit.toArray();
        if (target && author) {
          await executeCommand(
            counter.db,
            'case.addNote',
            { caseId: target.id, text: `Catatan putaran ${round + 1} dari ${counter.name}.` },
            {
              ...contextAt(new Date().toISOString(), author, counter.officeId),
              deviceId: counter.device.deviceId,
            },
          );
        }
      }
      for (const counter of counters) {
        for (let attempt = 0; attempt < ATTEMPTS_PER_ROUND; attempt += 1) {
          try {
            await sync(proxy.port, counter);
            break;
          } catch (error) {
            if (!(error instanceof SyncFailure) || !error.retryable) throw error;
            failures.set(error.code, (failures.get(error.code) ?? 0) + 1);
          }
        }
      }
    }

    // The link heals: two passes, so each counter also gets what the others sent last.
    proxy.heal();
    for (let pass = 0; pass < 2; pass += 1) {
      for (const counter of counters) await sync(proxy.port, counter, 30_000);
    }

    const faultsMet = [...proxy.counts].filter(([fault]) => fault !== 'pass');
    const met = JSON.stringify({ faults: [...proxy.counts], failures: [...failures] });
    expect(faultsMet.length, `too few kinds of fault: ${met}`).toBeGreaterThan(3);
    for (const counter of counters) {
      const outbox = await counter.db.outbox.orderBy('seq').toArray();
      expect(
        outbox.filter((row) => row.status === 'pending'),
        counter.name,
      ).toEqual([]);
      const { rows } = await server.db.query<{ op_id: string; seq: string }>(
        'SELECT op_id, seq::text FROM ops WHERE office_id = $1 AND device_id = $2 ORDER BY ops.seq',
        [counter.officeId, counter.device.deviceId],
      );
      // Exactly once each, in the device's order, nothing more.
      expect(
        rows.map((row) => [row.op_id, Number(row.seq)]),
        counter.name,
      ).toEqual(outbox.map((row) => [row.opId, row.seq]));
    }
    for (const officeId of [officeA, officeB]) {
      const { rows } = await server.db.query<{ body: ReturnType<typeof caseRecordOf> }>(
        `SELECT body FROM records WHERE office_id = $1 AND kind = 'case' ORDER BY record_id`,
        [officeId],
      );
      const onServer = rows.map((row) => row.body).sort((a, b) => a.id.localeCompare(b.id));
      expect(onServer.length).toBeGreaterThan(0);
      for (const counter of counters.filter((candidate) => candidate.officeId === officeId)) {
        const held = await counter.db.meta.get('heldRecords');
        expect(held?.value ?? [], counter.name).toEqual([]);
        expect(await casesOf(counter.db), counter.name).toEqual(onServer);
      }
    }
    const solok = counters.find((counter) => counter.officeId === officeB);
    expect(
      (await casesOf(solok?.db ?? counters[0]!.db)).every((row) => row.officeId === officeB),
    ).toBe(true);
  }, 300_000);
});
