// The counter's sync engine (shared/sync/engine.ts) over fetch against the real server on a
// loopback port, each counter a database of its own: what one counter does reaches the other
// counters of its office, and nothing else.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoketDb, type LoketDb } from '../../renderer/db/database';
import { executeCommand } from '../../renderer/db/executeCommand';
import { contextAt } from '../../renderer/db/fixtures.test-helpers';
import { seedCases } from '../../renderer/db/seed/seedCases';
import { caseRecordOf } from '../../renderer/db/storedCase';
import { readMeta, writeMeta } from '../../renderer/db/meta';
import { blobFromServer } from '../../renderer/sync/blobFromServer';
import { dexieSyncStore } from '../../renderer/sync/dexieSyncStore';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import { supplyNumbers } from '../../renderer/sync/numberSupply';
import {
  addBlock,
  createDeviceNumberState,
  markUsedThrough,
} from '../../shared/numbering/deviceState';
import { runSync } from '../../shared/sync/engine';
import type { PullPage } from '../../shared/sync/pull';
import type { SyncStore } from '../../shared/sync/store';
import { generateOfficeKey } from '../../shared/letters/verification/keys';
import { syncOnce } from '../../renderer/sync/syncSession';
import { backends } from '../db/testDatabase.test-helpers';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
  type TestDevice,
  type TestServer,
} from '../testServer.test-helpers';
import { createSeedStaff, enrolmentOf, seedVillages } from './counterOps.test-helpers';

const SLOW = 60_000;
const counters: LoketDb[] = [];

afterEach(async () => {
  for (const db of counters.splice(0)) {
    db.close();
    await db.delete();
  }
  await closeTestServers();
});

async function listening(server: TestServer): Promise<string> {
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function counter(): LoketDb {
  const db = openLoketDb(`counter-${uuidv7()}`);
  counters.push(db);
  return db;
}

const sync = (serverUrl: string, db: LoketDb, device: TestDevice) =>
  runSync({
    transport: fetchTransport({ serverUrl, token: device.token }),
    store: dexieSyncStore(db),
    deviceId: device.deviceId,
    now: () => new Date(),
  });

/**
 * A server with office A's staff, and one enrolled counter with `count` seeded cases; with
 * `pulledFirst`, the counter pulled the office before it took them in, as one enrolled first
 * and then offline does (its results are then echoes the server leaves out of its pull).
 */
async function seededCounter(
  kind: 'postgres' | 'pglite',
  {
    pulledFirst = false,
    ...options
  }: { count: number; seed: number; days: number; pulledFirst?: boolean },
) {
  const server = await openTestServer(kind);
  const url = await listening(server);
  const device = await server.enrollDevice(officeA, 'Loket 1');
  await createSeedStaff(server.db, officeA);
  const db = counter();
  if (pulledFirst) await sync(url, db, device);
  const seeded = await seedCases(db, {
    ...options,
    villages: seedVillages,
    officeIds: [officeA],
    deviceId: device.deviceId,
  });
  return { server, url, device, db, seeded };
}

const casesOf = async (db: LoketDb) =>
  (await db.cases.toArray()).map(caseRecordOf).sort((a, b) => a.id.localeCompare(b.id));

describe.each(backends)('counters syncing through the server on %s', (kind) => {
  it(
    'sends one counter’s outbox and gives another counter of the office the same cases',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      const first = await server.enrollDevice(officeA, 'Loket 1');
      const second = await server.enrollDevice(officeA, 'Loket 2');
      const stranger = await server.enrollDevice(officeB, 'Loket Solok');
      await createSeedStaff(server.db, officeA);
      const one = counter();
      const seeded = await seedCases(one, {
        count: 12,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: first.deviceId,
        seed: 5,
        days: 30,
      });

      const sent = await sync(url, one, first);
      expect(sent).toMatchObject({ sent: seeded.commands, rejected: 0 });
      expect(await one.outbox.where('status').equals('acked').count()).toBe(seeded.commands);
      expect(sent.clockOffsetMs).not.toBeNull();
      expect(Math.abs(sent.clockOffsetMs ?? Infinity)).toBeLessThan(60_000);

      const two = counter();
      const pulled = await sync(url, two, second);
      expect(pulled).toMatchObject({ sent: 0, rejected: 0 });
      expect(await casesOf(two)).toEqual(await casesOf(one));
      expect((await two.documents.toArray()).length).toBe(await one.documents.count());
      expect(await two.letters.count()).toBe(await one.letters.count());
      expect(await two.users.count()).toBeGreaterThan(2);

      // Nothing new: a second run sends and pulls nothing.
      expect(await sync(url, one, first)).toMatchObject({ sent: 0, pulled: 0 });
      expect(await sync(url, two, second)).toMatchObject({ sent: 0, pulled: 0 });
      // Another office sees none of it.
      const elsewhere = counter();
      await sync(url, elsewhere, stranger);
      expect(await elsewhere.cases.count()).toBe(0);
    },
    SLOW,
  );

  it(
    'shows a refused op with the server’s reason and sends the ops after it',
    async () => {
      const { server, url, device, db } = await seededCounter(kind, {
        count: 2,
        seed: 6,
        days: 10,
        pulledFirst: true,
      });
      await sync(url, db, device);
      const [open] = await db.cases.toArray();
      if (!open) throw new Error('no case');
      const [author] = await db.audit.toArray();
      const note = (userId: string, text: string) =>
        executeCommand(
          db,
          'case.addNote',
          { caseId: open.id, text },
          {
            ...contextAt(new Date().toISOString(), { userId, roles: ['fo', 'bo'] }, officeA),
            deviceId: device.deviceId,
          },
        );
      const ghost = await note(
        'petugas-tak-dikenal',
        'Catatan dari akun yang tidak ada di server.',
      );
      const real = await note(author?.userId ?? '', 'Catatan petugas sungguhan.');

      const report = await sync(url, db, device);
      expect(report).toMatchObject({ sent: 1, rejected: 1 });
      const refused = await db.outbox.get(ghost.opId ?? '');
      expect(refused).toMatchObject({ status: 'rejected', rejection: { code: 'user-unknown' } });
      expect(refused?.rejection?.message).toContain('petugas-tak-dikenal');
      expect((await db.outbox.get(real.opId ?? ''))?.status).toBe('acked');
      // The counter ran the refused op on its own copy: the server's version comes back.
      const { rows } = await server.db.query<{ body: unknown }>(
        "SELECT body FROM records WHERE kind = 'case' AND record_id = $1",
        [open.id],
      );
      const local = await db.cases.get(open.id);
      expect(local && caseRecordOf(local)).toEqual(rows[0]?.body);
    },
    SLOW,
  );

  it(
    'sends a placeholder for an op the counter refuses itself, so the ops after it go through',
    async () => {
      const { server, url, device, db } = await seededCounter(kind, {
        count: 1,
        seed: 8,
        days: 5,
        pulledFirst: true,
      });
      await sync(url, db, device);
      const [open] = await db.cases.toArray();
      const [author] = await db.audit.toArray();
      if (!open || !author) throw new Error('no case');
      const note = (text: string) =>
        executeCommand(
          db,
          'case.addNote',
          { caseId: open.id, text },
          {
            ...contextAt(
              new Date().toISOString(),
              { userId: author.userId, roles: ['fo', 'bo'] },
              officeA,
            ),
            deviceId: device.deviceId,
          },
        );
      const broken = await note('Catatan yang rusak di antrean.');
      const after = await note('Catatan sesudahnya.');
      // An older row without its author: the server would refuse the whole batch for it.
      await db.outbox.update(broken.opId ?? '', { userId: '' });

      const report = await sync(url, db, device);
      expect(report).toMatchObject({ sent: 1, rejected: 1 });
      expect(await db.outbox.get(broken.opId ?? '')).toMatchObject({
        status: 'rejected',
        rejection: { code: 'op-invalid' },
      });
      expect((await db.outbox.get(after.opId ?? ''))?.status).toBe('acked');
      const { rows } = await server.db.query<{ outcome: string; rejection: { code: string } }>(
        'SELECT outcome, rejection FROM ops WHERE op_id = $1',
        [broken.opId],
      );
      expect(rows).toEqual([
        { outcome: 'rejected', rejection: expect.objectContaining({ code: 'refused-on-device' }) },
      ]);
      // The counter ran the broken op on its own copy: the server's version comes back.
      const { rows: cases } = await server.db.query<{ body: unknown }>(
        "SELECT body FROM records WHERE kind = 'case' AND record_id = $1",
        [open.id],
      );
      const local = await db.cases.get(open.id);
      expect(local && caseRecordOf(local)).toEqual(cases[0]?.body);
    },
    SLOW,
  );

  it(
    'sends again, harmlessly, after the counter died between sending a batch and recording its answer',
    async () => {
      const { server, url, device, db, seeded } = await seededCounter(kind, {
        count: 4,
        seed: 8,
        days: 10,
      });
      const storedOps = async () => {
        const { rows } = await server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM ops WHERE device_id = $1',
          [device.deviceId],
        );
        return rows[0]?.n;
      };
      // The answer arrives, and the app is killed before it is written down.
      const dying = {
        ...dexieSyncStore(db),
        recordResults: () => Promise.reject(new Error('Loket ditutup paksa')),
      };
      await expect(
        runSync({
          transport: fetchTransport({ serverUrl: url, token: device.token }),
          store: dying,
          deviceId: device.deviceId,
          now: () => new Date(),
        }),
      ).rejects.toThrow('Loket ditutup paksa');
      expect(await storedOps()).toBe(seeded.commands);
      expect(await db.outbox.where('status').equals('pending').count()).toBe(seeded.commands);

      // Started again: the same ops go again, the server knows them, nothing is doubled.
      expect(await sync(url, db, device)).toMatchObject({ sent: seeded.commands, rejected: 0 });
      expect(await storedOps()).toBe(seeded.commands);
      expect(await db.outbox.where('status').equals('acked').count()).toBe(seeded.commands);
    },
    SLOW,
  );

  it(
    'claims the numbers a counter took before enrolment, and refills from the server',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      const local = async (name: string, block?: { start: number; end: number; used: number }) => {
        const db = counter();
        await writeMeta(db, 'deviceId', `lokal-${name}`);
        if (block) {
          const state = addBlock(createDeviceNumberState(officeA, `lokal-${name}`), {
            officeId: officeA,
            deviceId: `lokal-${name}`,
            year: 2026,
            start: block.start,
            end: block.end,
          });
          await writeMeta(db, 'numberState', markUsedThrough(state, 2026, block.used));
        }
        const device = await server.enrollDevice(officeA, name);
        const transport = fetchTransport({ serverUrl: url, token: device.token });
        return {
          db,
          supply: () => supplyNumbers(db, transport, { officeId: officeA, year: 2026 }),
        };
      };
      const blocksOnServer = async () =>
        (
          await server.db.query<{ start_number: number; end_number: number }>(
            'SELECT start_number, end_number FROM number_blocks ORDER BY start_number',
          )
        ).rows.map((row) => [row.start_number, row.end_number]);

      const first = await local('Loket 1', { start: 1, end: 500, used: 3 });
      expect(await first.supply()).toEqual({ left: 497, refused: [] });
      expect(await first.supply()).toEqual({ left: 497, refused: [] });
      expect(await blocksOnServer()).toEqual([[1, 500]]);

      const second = await local('Loket 2');
      expect(await second.supply()).toEqual({ left: 500, refused: [] });
      expect((await readMeta(second.db, 'numberState'))?.blocks).toEqual([
        { officeId: officeA, deviceId: 'lokal-Loket 2', year: 2026, start: 501, end: 1000 },
      ]);

      // A counter that numbered from 400 offline loses the rest of its block, not its letters.
      const late = await local('Loket 3', { start: 400, end: 450, used: 410 });
      const supplied = await late.supply();
      expect(supplied.left).toBe(500);
      expect(supplied.refused).toEqual([expect.stringContaining('sudah dipegang loket lain')]);
      expect((await readMeta(late.db, 'numberState'))?.blocks.map((b) => [b.start, b.end])).toEqual(
        [
          [400, 410],
          [1001, 1500],
        ],
      );
      expect(await blocksOnServer()).toEqual([
        [1, 500],
        [501, 1000],
        [1001, 1500],
      ]);
    },
    SLOW,
  );

  it(
    'uploads the scans its ops name after them, resuming a cut upload, and skips what the server has',
    async () => {
      const { server, url, device, db } = await seededCounter(kind, {
        count: 2,
        seed: 9,
        days: 10,
      });
      const [kase] = await db.cases.toArray();
      if (!kase) throw new Error('no case');
      const scan = (size: number) => {
        const bytes = new Uint8Array(size);
        for (let offset = 0; offset < size; offset += 65_536) {
          crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
        }
        return bytes;
      };
      const blobs = [scan(700_000), scan(5_000), scan(9_000)];
      // The small one is a JPEG by its first bytes.
      blobs[1]?.set([0xff, 0xd8, 0xff], 0);
      for (const bytes of blobs) {
        await db.blobs.put({
          id: createHash('sha256').update(bytes).digest('hex'),
          caseId: kase.id,
          mime: 'image/jpeg',
          size: bytes.length,
          data: new Blob([bytes], { type: 'image/jpeg' }),
          createdAt: new Date().toISOString(),
        });
      }
      const ids = blobs.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
      // One the server has already (another counter sent the same paper).
      await server.app.inject({
        method: 'PUT',
        url: `/v1/blobs/${ids[2]}`,
        headers: { ...device.headers, 'content-type': 'application/octet-stream' },
        payload: Buffer.from(blobs[2] ?? []),
      });

      // The link drops at the second chunk sent.
      const real = fetchTransport({ serverUrl: url, token: device.token });
      let calls = 0;
      const delivered: [string, number][] = [];
      const cutting = {
        ...real,
        putBlob: async (...args: Parameters<typeof real.putBlob>) => {
          calls += 1;
          if (calls === 2) throw new TypeError('fetch failed');
          const state = await real.putBlob(...args);
          delivered.push([args[0], args[2]]);
          return state;
        },
      };
      const run = (transport: typeof real) =>
        runSync({
          transport,
          store: dexieSyncStore(db),
          deviceId: device.deviceId,
          now: () => new Date(),
        });
      await expect(run(cutting)).rejects.toMatchObject({ kind: 'offline' });
      await run(cutting);
      // Every chunk arrived once: the big scan in three chunks of 256 KB, resumed where the
      // server stood; the paper the server had went up never.
      const [big = '', small = '', present = ''] = ids;
      expect(delivered.filter(([id]) => id === big).map(([, start]) => start)).toEqual([
        0, 262_144, 524_288,
      ]);
      expect(delivered.filter(([id]) => id === small)).toEqual([[small, 0]]);
      expect(delivered.filter(([id]) => id === present)).toEqual([]);
      for (const [index, id] of ids.entries()) {
        const stored = await server.app.inject({ url: `/v1/blobs/${id}`, headers: device.headers });
        expect(stored.statusCode).toBe(200);
        expect(Buffer.compare(stored.rawPayload, Buffer.from(blobs[index] ?? []))).toBe(0);
      }
      expect((await db.blobs.toArray()).every((row) => row.uploadedAt !== undefined)).toBe(true);
      expect((await run(real)).blobs).toBe(0);

      // Another counter of the office fetches one when it is asked for, checked, and keeps it.
      const other = await server.enrollDevice(officeA, 'Loket 2');
      const two = counter();
      await writeMeta(two, 'syncEnrolment', enrolmentOf(other, 'Loket 2', url));
      const wanted = { sha256: small, caseId: kase.id };
      const fetched = await blobFromServer(two, wanted, new Date());
      expect(fetched).toMatchObject({
        ok: true,
        row: { id: small, size: 5_000, mime: 'image/jpeg', caseId: kase.id },
      });
      const kept = await two.blobs.get(small);
      expect(
        Buffer.compare(Buffer.from(await kept!.data.arrayBuffer()), Buffer.from(blobs[1] ?? [])),
      ).toBe(0);
      const unknown = await blobFromServer(two, { ...wanted, sha256: 'a'.repeat(64) }, new Date());
      expect(unknown).toMatchObject({
        ok: false,
        message: expect.stringContaining('belum dapat diunduh'),
      });
      expect(await two.blobs.count()).toBe(1);
    },
    SLOW,
  );

  it(
    'registers the signing key the counter made itself, once',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      const device = await server.enrollDevice(officeA, 'Loket 1');
      const db = counter();
      await writeMeta(db, 'deviceId', 'lokal-1');
      const key = generateOfficeKey(officeA, new Date());
      await writeMeta(db, 'officeKey', key);
      const enrolment = {
        serverUrl: url,
        deviceId: device.deviceId,
        officeId: officeA,
        token: device.token,
        label: 'Loket 1',
        enrolledAt: new Date().toISOString(),
      };
      await syncOnce(db, enrolment);
      await syncOnce(db, enrolment);
      const { rows } = await server.db.query<{ key_id: string }>(
        'SELECT key_id FROM office_keys WHERE office_id = $1',
        [officeA],
      );
      expect(rows.map((row) => row.key_id)).toContain(key.keyId);
      expect(await readMeta(db, 'registeredKeyId')).toBe(key.keyId);
      // The keyring the counter pulled trusts it, beside the office's own keys.
      expect((await readMeta(db, 'keyring'))?.keys.map((entry) => entry.keyId)).toContain(
        key.keyId,
      );
    },
    SLOW,
  );
  it(
    'pulls back none of what the counter computed itself, and what another counter changed',
    async () => {
      const server = await openTestServer(kind);
      const url = await listening(server);
      const first = await server.enrollDevice(officeA, 'Loket 1');
      const second = await server.enrollDevice(officeA, 'Loket 2');
      await createSeedStaff(server.db, officeA);
      const one = counter();
      const pages: PullPage[] = [];
      const watched = (db: LoketDb): SyncStore => {
        const store = dexieSyncStore(db);
        return { ...store, applyPage: (page) => (pages.push(page), store.applyPage(page)) };
      };
      const syncWatched = (db: LoketDb, device: TestDevice) =>
        runSync({
          transport: fetchTransport({ serverUrl: url, token: device.token }),
          store: watched(db),
          deviceId: device.deviceId,
          now: () => new Date(),
        });
      // Enrolled first: it has the office's accounts, then works offline.
      await sync(url, one, first);
      const seeded = await seedCases(one, {
        count: 8,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: first.deviceId,
        seed: 9,
        days: 30,
      });

      const sent = await syncWatched(one, first);
      expect(sent).toMatchObject({ sent: seeded.commands, rejected: 0 });
      const caseKinds = new Set(['case', 'person', 'document', 'letter']);
      expect(
        pages.flatMap((page) => page.changes).filter((record) => caseKinds.has(record.kind)),
      ).toEqual([]);
      // What it kept is what the server holds: another counter pulls the same.
      const two = counter();
      await sync(url, two, second);
      expect(await casesOf(one)).toEqual(await casesOf(two));
      const bodies = async (db: LoketDb) => ({
        persons: await db.persons.orderBy('id').toArray(),
        documents: await db.documents.orderBy('id').toArray(),
        letters: await db.letters.orderBy('id').toArray(),
      });
      expect(await bodies(one)).toEqual(await bodies(two));

      // Loket 2 notes a case; Loket 1, before it pulls, notes the same case: the server decides
      // Loket 1's note on Loket 2's version, and Loket 1 gets that result back.
      const [shared] = await casesOf(one);
      if (!shared) throw new Error('no case');
      const [author] = await one.audit.toArray();
      const note = (db: LoketDb, device: TestDevice, text: string) =>
        executeCommand(
          db,
          'case.addNote',
          { caseId: shared.id, text },
          {
            ...contextAt(
              new Date().toISOString(),
              { userId: author?.userId ?? '', roles: ['fo', 'bo'] },
              officeA,
            ),
            deviceId: device.deviceId,
          },
        );
      await note(two, second, 'Catatan dari loket 2.');
      await sync(url, two, second);
      await note(one, first, 'Catatan dari loket 1.');
      pages.length = 0;
      await syncWatched(one, first);
      expect(pages.flatMap((page) => page.changes).map((record) => record.id)).toContain(shared.id);
      await sync(url, two, second);
      expect(await casesOf(one)).toEqual(await casesOf(two));
    },
    SLOW,
  );
});
