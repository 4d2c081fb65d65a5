import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../../../shared/office/profile';
import { seedCatalog } from '../../../shared/standards/seeds';
import { testUser } from '../../../shared/users/testUsers';
import { openLoketDb, type LoketDb } from '../../db/database';
import { storeSetup } from '../setup/storeSetup';
import { dexieLocalData } from './localData';

const catalog = seedCatalog();
const pack = catalog.packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');
const office = profileFromCatalog(pack.office, pack.standards);

let db: LoketDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('dexieLocalData', () => {
  it('reads back the profile and the accounts of the first start, oldest account first', async () => {
    db = openLoketDb(`loket-auth-${Math.random()}`);
    const data = dexieLocalData(db);
    expect(await data.loadProfile()).toBeUndefined();
    const admin = await testUser({
      id: 'b',
      roles: ['admin'],
      createdAt: '2026-03-02T01:00:00.000Z',
    });
    const clerk = await testUser({ id: 'a', roles: ['fo'], createdAt: '2026-03-02T01:00:01.000Z' });
    const stored = await storeSetup(
      db,
      { ok: true, profile: office, users: [admin, clerk] },
      { catalog, deviceId: await data.deviceId(), now: new Date('2026-03-02T01:00:02.000Z') },
    );
    expect(stored.ok).toBe(true);
    expect(await data.loadProfile()).toEqual(office);
    expect((await data.users.list()).map((user) => user.id)).toEqual(['b', 'a']);
    expect(await db.meta.get('numberingSettings')).toEqual({
      key: 'numberingSettings',
      value: office.numbering,
    });
  });

  it('makes the device id once and keeps it', async () => {
    db = openLoketDb(`loket-auth-${Math.random()}`);
    const data = dexieLocalData(db);
    const first = await data.deviceId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await expect(data.deviceId()).resolves.toBe(first);
  });

  it('reads a damaged profile as no profile', async () => {
    db = openLoketDb(`loket-auth-${Math.random()}`);
    await db.meta.put({ key: 'officeProfile', value: { ...office, cutoffDays: [] } });
    await expect(dexieLocalData(db).loadProfile()).resolves.toBeUndefined();
  });
});
