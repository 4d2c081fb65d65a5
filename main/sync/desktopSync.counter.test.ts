// The desktop app's sync end to end, in plain Node: the renderer's engine (runSync) over its
// Dexie database (fake-indexeddb) and the IPC transport (renderer/sync/ipcTransport.ts), the
// preload's API, a stand-in for Electron's IPC that structured-clones every value, the IPC
// gate, main's sync handlers with the device token, and the real sync server on the real
// database. Only Electron's IPC channel and safeStorage are fakes.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoketDb, type LoketDb } from '../../renderer/db/database';
import { readMeta } from '../../renderer/db/meta';
import { seedCases } from '../../renderer/db/seed/seedCases';
import { caseRecordOf } from '../../renderer/db/storedCase';
import { dexieSyncStore } from '../../renderer/sync/dexieSyncStore';
import { exportBundle, importReturnBundle } from '../../renderer/sync/bundles';
import { enrol } from '../../renderer/sync/enrol';
import { ipcTransport, type SyncBridge } from '../../renderer/sync/ipcTransport';
import { supplyNumbers } from '../../renderer/sync/numberSupply';
import { todayIn } from '../../shared/dates/localDate';
import { generateOfficeKey } from '../../shared/letters/verification/keys';
import { letterDateParts } from '../../shared/numbering';
import { runSync, SyncFailure } from '../../shared/sync/engine';
import { SyncHttpError, type SyncTransport } from '../../shared/sync/transport';
import { backends } from '../../server/db/testDatabase.test-helpers';
import { issueEnrolmentCode, revokeDevice } from '../../server/enrolment';
import {
  createSeedStaff,
  enrolmentOf,
  seedVillages,
} from '../../server/sync/counterOps.test-helpers';
import {
  closeTestServers,
  officeA,
  openTestServer,
  type TestServer,
} from '../../server/testServer.test-helpers';
import { listening, openDesktopMain, type DesktopMain } from './desktopMain.test-helpers';

const SLOW = 60_000;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
  await closeTestServers();
});

/** A desktop app: its renderer's database and its main, not yet enrolled. */
async function desktopApp() {
  const db = openLoketDb(`desktop-${uuidv7()}`);
  const main = await openDesktopMain();
  cleanup.push(async () => {
    db.close();
    await db.delete();
    await main.close();
  });
  return { db, main };
}

/** Enrols the way the enrolment form does on the desktop: through main, at the typed address. */
async function enrolThroughMain(
  server: TestServer,
  app: { db: LoketDb; main: DesktopMain },
  serverUrl: string,
  label: string,
) {
  const { code } = await issueEnrolmentCode(server.db, officeA);
  const enrolled = await enrol(app.db, {
    code,
    label,
    serverUrl,
    officeId: null,
    now: new Date(),
    main: app.main.api,
  });
  if (!enrolled.ok) throw new Error(enrolled.message);
  return enrolled.value;
}

const syncWith = (db: LoketDb, transport: SyncTransport, deviceId: string) =>
  runSync({ transport, store: dexieSyncStore(db), deviceId, now: () => new Date() });

const casesOf = async (db: LoketDb) =>
  (await db.cases.toArray()).map(caseRecordOf).sort((a, b) => a.id.localeCompare(b.id));

const failureOfRun = (run: Promise<unknown>) =>
  run.then(
    () => {
      throw new Error('the run went through');
    },
    (error: unknown) => {
      if (!(error instanceof SyncFailure)) throw error;
      return error;
    },
  );

/**
 * A TCP relay to the server that, once told, cuts each answer after `cutAfter` bytes (a
 * moment after they went through). The
 * answers stay chunked (keep-alive), so a cut is seen as one, not as an answer ended by the
 * connection's close; a request on a kept connection starts the count again.
 */
async function cuttingRelay(target: string) {
  const port = Number(new URL(target).port);
  const state: { cutAfter: number | null; lastAnswerBytes: number } = {
    cutAfter: null,
    lastAnswerBytes: 0,
  };
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    return socket;
  };
  const relay = createServer((client) => {
    track(client);
    const upstream = track(connect(port, '127.0.0.1'));
    let cutAfter = state.cutAfter;
    let down = 0;
    client.on('data', (bytes) => {
      cutAfter = state.cutAfter;
      down = 0;
      upstream.write(bytes);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    upstream.on('data', (bytes: Buffer) => {
      const room = cutAfter === null ? bytes.length : Math.max(0, cutAfter - down);
      down += bytes.length;
      state.lastAnswerBytes = down;
      client.write(bytes.subarray(0, room));
      if (cutAfter !== null && down >= cutAfter) {
        // The bytes before the cut arrive (and are inflated) first, as over a real link.
        upstream.destroy();
        setTimeout(() => client.destroy(), 200);
      }
    });
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  cleanup.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`, state };
}

describe.each(backends)('the desktop app syncing through main with the server on %s', (kind) => {
  it(
    'sends the outbox, its scan, a number block and its key through main, and another desktop pulls it back',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      await createSeedStaff(server.db, officeA);
      const one = await desktopApp();
      const enrolment = await enrolThroughMain(server, one, url, 'Loket 1');
      expect(enrolment).toMatchObject({ serverUrl: url, officeId: officeA, label: 'Loket 1' });

      // The renderer's database has no token: main has it, sealed.
      const token = (
        await one.main.safeStorage.decryptStringAsync(await readFile(one.main.tokenPath))
      ).result;
      expect(await readMeta(one.db, 'syncEnrolment')).not.toHaveProperty('token');
      expect(JSON.stringify(await one.db.table('meta').toArray())).not.toContain(token);

      const seeded = await seedCases(one.db, {
        count: 12,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: enrolment.deviceId,
        seed: 5,
        days: 30,
      });
      const [kase] = await one.db.cases.toArray();
      if (!kase) throw new Error('no case');
      // A scan of three chunks of 256 KB, each its own IPC call.
      const scan = new Uint8Array(600_000).map((_, index) => (index * 7919) % 251);
      const sha256 = createHash('sha256').update(scan).digest('hex');
      await one.db.blobs.put({
        id: sha256,
        caseId: kase.id,
        mime: 'image/jpeg',
        size: scan.length,
        data: new Blob([scan], { type: 'image/jpeg' }),
        createdAt: new Date().toISOString(),
      });
      const key = generateOfficeKey(officeA, new Date());
      const year = letterDateParts(todayIn('Asia/Jakarta', new Date())).year;

      const transport = ipcTransport(one.main.api);
      let numbersLeft = 0;
      const sent = await runSync({
        transport,
        store: dexieSyncStore(one.db),
        deviceId: enrolment.deviceId,
        now: () => new Date(),
        prepare: async () => {
          numbersLeft = (await supplyNumbers(one.db, transport, { officeId: officeA, year })).left;
          await transport.registerKey({
            keyId: key.keyId,
            publicKey: key.publicKey,
            createdAt: key.createdAt,
          });
        },
      });
      expect(sent).toMatchObject({ sent: seeded.commands, rejected: 0, blobs: 1 });
      expect(numbersLeft).toBeGreaterThan(0);
      expect(await one.db.outbox.where('status').equals('acked').count()).toBe(seeded.commands);
      expect((await one.db.blobs.get(sha256))?.uploadedAt).toBeDefined();
      const stored = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM ops WHERE device_id = $1',
        [enrolment.deviceId],
      );
      expect(stored.rows[0]?.n).toBe(seeded.commands);
      const keys = await server.db.query<{ key_id: string }>(
        'SELECT key_id FROM office_keys WHERE office_id = $1',
        [officeA],
      );
      expect(keys.rows.map((row) => row.key_id)).toContain(key.keyId);
      expect(await transport.blobState(sha256)).toEqual({ complete: true, offset: 0 });

      // A second laptop joins the office: the pull comes back in responses of 7 records.
      const two = await desktopApp();
      const joined = await enrolThroughMain(server, two, url, 'Loket 2');
      const pulls: unknown[] = [];
      const counted: SyncBridge = {
        ...two.main.api,
        syncPull: (query) => {
          pulls.push(query);
          return two.main.api.syncPull(query);
        },
      };
      const pulled = await syncWith(
        two.db,
        ipcTransport(counted, { pullLimit: 7 }),
        joined.deviceId,
      );
      expect(pulled).toMatchObject({ sent: 0, rejected: 0 });
      expect(pulled.pulled).toBeGreaterThan(7);
      expect(pulls.length).toBeGreaterThan(1);
      expect(await casesOf(two.db)).toEqual(await casesOf(one.db));
      expect(await syncWith(two.db, ipcTransport(two.main.api), joined.deviceId)).toMatchObject({
        pulled: 0,
      });
    },
    SLOW,
  );

  it(
    'shows the server’s refusal as SyncHttpError and an unreachable server as the link failing',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      const app = await desktopApp();
      const enrolment = await enrolThroughMain(server, app, url, 'Loket 1');
      const transport = ipcTransport(app.main.api);

      // The office admin revoked this laptop: the engine hears the server's 401 and its code.
      await revokeDevice(server.db, officeA, enrolment.deviceId);
      const refused = await failureOfRun(syncWith(app.db, transport, enrolment.deviceId));
      expect(refused).toMatchObject({ kind: 'auth', code: 'token-revoked', retryable: false });
      expect(refused.cause).toBeInstanceOf(SyncHttpError);
      expect(refused.cause).toMatchObject({ status: 401, code: 'token-revoked' });
      await expect(transport.numberBlock({ year: 2026, size: 10 })).rejects.toBeInstanceOf(
        SyncHttpError,
      );

      // Main's address answers no more: the link's failure, retried later.
      await server.app.close();
      const offline = await failureOfRun(syncWith(app.db, transport, enrolment.deviceId));
      expect(offline).toMatchObject({ kind: 'offline', code: 'unreachable', retryable: true });
      expect(offline.cause).toBeInstanceOf(TypeError);
    },
    SLOW,
  );

  it(
    'hands over what arrived before a pull was cut off, and the link’s failure; the next run completes',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      await createSeedStaff(server.db, officeA);
      const one = await desktopApp();
      const sender = await enrolThroughMain(server, one, url, 'Loket 1');
      await seedCases(one.db, {
        count: 12,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: sender.deviceId,
        seed: 6,
        days: 30,
      });
      await syncWith(one.db, ipcTransport(one.main.api), sender.deviceId);

      const relay = await cuttingRelay(url);
      const two = await desktopApp();
      const joined = await enrolThroughMain(server, two, relay.url, 'Loket 2');
      const whole = await two.main.api.syncPull({});
      const wholeText = whole.ok && whole.value.ok ? whole.value.value.text : '';
      expect(wholeText.length).toBeGreaterThan(10_000);

      relay.state.cutAfter = Math.floor(relay.state.lastAnswerBytes / 2);
      const cut = await two.main.api.syncPull({});
      expect(cut).toMatchObject({
        ok: true,
        value: { ok: true, value: { brokeOff: { kind: 'link', name: 'TypeError' } } },
      });
      const cutText = cut.ok && cut.value.ok ? cut.value.value.text : '';
      expect(cutText.length).toBeGreaterThan(0);
      expect(wholeText.startsWith(cutText)).toBe(true);

      const broken = await failureOfRun(
        syncWith(two.db, ipcTransport(two.main.api), joined.deviceId),
      );
      expect(broken).toMatchObject({ kind: 'offline', retryable: true });
      expect(broken.cause).toBeInstanceOf(TypeError);

      relay.state.cutAfter = null;
      await syncWith(two.db, ipcTransport(two.main.api), joined.deviceId);
      expect(await casesOf(two.db)).toEqual(await casesOf(one.db));
    },
    SLOW,
  );
  it(
    'hands another counter’s USB bundle on to the server and gives its return bundle back',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      await createSeedStaff(server.db, officeA);
      const island = await server.enrollDevice(officeA, 'Loket Siberut');
      const islandDb = openLoketDb(`desktop-island-${uuidv7()}`);
      cleanup.push(async () => {
        islandDb.close();
        await islandDb.delete();
      });
      const seeded = await seedCases(islandDb, {
        count: 2,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: island.deviceId,
        seed: 7,
        days: 10,
      });
      const islandEnrolment = enrolmentOf(island, 'Loket Siberut', url);
      const outbound = await exportBundle(islandDb, islandEnrolment, new Date());

      const app = await desktopApp();
      await enrolThroughMain(server, app, url, 'Loket Tuapejat');
      const answer = await ipcTransport(app.main.api).relayBundle(new Uint8Array(outbound.bytes));
      const back = await importReturnBundle(islandDb, islandEnrolment, answer);
      expect(back).toMatchObject({ ok: true, answered: seeded.commands, rejected: 0 });

      // Not a bundle: the server's refusal, with its code, as in browser mode.
      await expect(
        ipcTransport(app.main.api).relayBundle(new TextEncoder().encode('bukan bundel')),
      ).rejects.toMatchObject({ name: 'SyncHttpError', status: 400, code: 'not-a-bundle' });
    },
    SLOW,
  );
});
