// Sync by USB stick, both ways, against the real server: a counter's outbox bundle imported at
// the office, its return bundle read back on the counter; the same again changes nothing; a
// bundle of another office, a changed byte or another device's file is refused and stores nothing.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoketDb, type LoketDb } from '../../renderer/db/database';
import { seedCases } from '../../renderer/db/seed/seedCases';
import { exportBundle, importReturnBundle, relayBundle } from '../../renderer/sync/bundles';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { importBundle } from './bundleImport';
import { createSeedStaff, enrolmentOf, seedVillages } from './counterOps.test-helpers';

const SLOW = 60_000;
const open: LoketDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
  await closeTestServers();
});

describe.each(backends)('sync by USB bundle on %s', (kind) => {
  it(
    'takes the outbox and its scans in, and brings the answers and the pull back, once',
    async () => {
      const server = await openTestServer(kind);
      const device = await server.enrollDevice(officeA, 'Loket Siberut');
      await createSeedStaff(server.db, officeA);
      const enrolment = enrolmentOf(device, 'Loket Siberut');
      const db = openLoketDb(`bundle-${uuidv7()}`);
      open.push(db);
      const seeded = await seedCases(db, {
        count: 6,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: device.deviceId,
        seed: 12,
        days: 20,
      });
      const [kase] = await db.cases.toArray();
      const scan = new TextEncoder().encode('pindaian KTP '.repeat(500));
      const sha256 = createHash('sha256').update(scan).digest('hex');
      await db.blobs.put({
        id: sha256,
        caseId: kase?.id ?? '',
        mime: 'image/jpeg',
        size: scan.length,
        data: new Blob([scan]),
        createdAt: new Date().toISOString(),
      });
      const opsOnServer = async () =>
        (
          await server.db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM ops WHERE device_id = $1',
            [device.deviceId],
          )
        ).rows[0]?.n;

      const outbound = await exportBundle(db, enrolment, new Date());
      expect(outbound).toMatchObject({ ops: seeded.commands, blobs: 1 });

      // Refused before anything is stored: another office, a changed byte.
      expect(await importBundle(server.db, officeB, outbound.bytes)).toMatchObject({
        ok: false,
        code: 'other-office',
      });
      const changed = new Uint8Array(outbound.bytes);
      const at = changed.length - 200;
      changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
      expect(await importBundle(server.db, officeA, changed)).toMatchObject({
        ok: false,
        code: expect.stringMatching(/bad-signature|not-a-bundle/),
      });
      expect(await opsOnServer()).toBe(0);

      const imported = await importBundle(server.db, officeA, outbound.bytes);
      if (!imported.ok) throw new Error(imported.message);
      expect(imported).toMatchObject({ ops: seeded.commands, rejected: 0 });
      expect(imported.records).toBeGreaterThan(6);
      expect(await opsOnServer()).toBe(seeded.commands);
      const stored = await server.app.inject({
        url: `/v1/blobs/${sha256}`,
        headers: device.headers,
      });
      expect(stored.statusCode).toBe(200);

      // A return file for another device is refused on the counter.
      const stranger = { ...enrolment, token: 'bukan-token-ini' };
      expect(await importReturnBundle(db, stranger, imported.returnBundle)).toMatchObject({
        ok: false,
        message: expect.stringContaining('Tanda tangan bundel tidak cocok'),
      });
      expect(await db.outbox.where('status').equals('pending').count()).toBe(seeded.commands);

      const back = await importReturnBundle(db, enrolment, imported.returnBundle);
      expect(back).toMatchObject({ ok: true, answered: seeded.commands, rejected: 0 });
      expect(await db.outbox.where('status').equals('acked').count()).toBe(seeded.commands);
      expect((await db.blobs.get(sha256))?.uploadedAt).toBeDefined();
      expect(await db.meta.get('syncCursor')).toBeDefined();

      // The same bundle again, both ways: nothing doubles, nothing moves back.
      const cursor = (await db.meta.get('syncCursor'))?.value;
      const again = await importBundle(server.db, officeA, outbound.bytes);
      if (!again.ok) throw new Error(again.message);
      expect(await opsOnServer()).toBe(seeded.commands);
      expect(await importReturnBundle(db, enrolment, again.returnBundle)).toMatchObject({
        ok: true,
        records: 0,
      });
      expect(await importReturnBundle(db, enrolment, imported.returnBundle)).toMatchObject({
        ok: true,
        records: 0,
      });
      expect((await db.meta.get('syncCursor'))?.value).toBe(cursor);
    },
    SLOW,
  );
  it(
    'takes a bundle in through another counter of the office that is online',
    async () => {
      const server = await openTestServer(kind);
      const device = await server.enrollDevice(officeA, 'Loket Siberut');
      const relay = await server.enrollDevice(officeA, 'Loket Tuapejat');
      const stranger = await server.enrollDevice(officeB, 'Loket Solok');
      await createSeedStaff(server.db, officeA);
      const enrolment = enrolmentOf(device, 'Loket Siberut');
      const db = openLoketDb(`bundle-${uuidv7()}`);
      open.push(db);
      const seeded = await seedCases(db, {
        count: 3,
        villages: seedVillages,
        officeIds: [officeA],
        deviceId: device.deviceId,
        seed: 13,
        days: 20,
      });
      const outbound = await exportBundle(db, enrolment, new Date());
      const relayed = (headers: Record<string, string>, payload: Uint8Array) =>
        server.app.inject({
          method: 'POST',
          url: '/v1/bundles',
          headers: { ...headers, 'content-type': 'application/octet-stream' },
          payload: Buffer.from(payload),
        });
      const opsOnServer = async () =>
        (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM ops')).rows[0]?.n;

      const elsewhere = await relayed(stranger.headers, outbound.bytes);
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.json()).toMatchObject({ error: 'other-office' });
      const garbage = await relayed(relay.headers, new TextEncoder().encode('bukan bundel'));
      expect(garbage.statusCode).toBe(400);
      expect(garbage.json()).toMatchObject({ error: 'not-a-bundle' });
      const anonymous = await relayed({}, outbound.bytes);
      expect(anonymous.statusCode).toBe(401);
      expect(await opsOnServer()).toBe(0);

      // The relaying counter, online, hands it on and gets the return bundle for the stick.
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = server.app.server.address() as AddressInfo;
      const relayEnrolment = enrolmentOf(relay, 'Loket Tuapejat', `http://127.0.0.1:${port}`);
      expect(
        await relayBundle({ ...relayEnrolment, officeId: officeB }, outbound.bytes),
      ).toMatchObject({ ok: false, message: expect.stringContaining('kantor lain') });
      const answered = await relayBundle(relayEnrolment, outbound.bytes);
      if (!answered.ok) throw new Error(answered.message);
      expect(answered.deviceId).toBe(device.deviceId);
      expect(await opsOnServer()).toBe(seeded.commands);
      const back = await importReturnBundle(db, enrolment, answered.bytes);
      expect(back).toMatchObject({ ok: true, answered: seeded.commands, rejected: 0 });
      expect(await db.outbox.where('status').equals('acked').count()).toBe(seeded.commands);
    },
    SLOW,
  );
});
