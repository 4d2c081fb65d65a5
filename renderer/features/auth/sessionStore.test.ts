import { describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../../../shared/office/profile';
import { seedCatalog } from '../../../shared/standards/seeds';
import { testUser } from '../../../shared/users/testUsers';
import { memoryLocalData } from './memoryLocalData';
import { isIdle, memoryPersistence, type SessionRecord } from './sessionRecord';
import { createSessionStore } from './sessionStore';

const pack = seedCatalog().packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');
const office = profileFromCatalog(pack.office, pack.standards);
const start = Date.parse('2026-03-02T01:00:00Z');

async function setUp(record: SessionRecord | null = null, withUsers = true) {
  let now = start;
  const users = withUsers
    ? [
        await testUser({ id: 'admin', roles: ['admin'] }),
        await testUser({ id: 'kabid', roles: ['reviewer'], positions: ['Kepala Bidang'] }),
      ]
    : [];
  const persistence = memoryPersistence(record);
  const data = memoryLocalData({ users, profile: office, deviceId: 'device-1' });
  const store = createSessionStore({
    data: () => data,
    persistence,
    now: () => now,
  });
  return { store, persistence, advance: (ms: number) => (now += ms) };
}

describe('session store', () => {
  it('asks for the first start when the device has no accounts', async () => {
    const { store } = await setUp(null, false);
    await store.getState().boot();
    expect(store.getState()).toMatchObject({ status: 'setup', deviceId: 'device-1' });
  });

  it('signs in and gives the workflow engine its actor', async () => {
    const { store, persistence } = await setUp();
    await store.getState().boot();
    expect(store.getState().status).toBe('signedOut');
    await expect(store.getState().signIn('kabid', '482915')).resolves.toMatchObject({ ok: true });
    expect(store.getState()).toMatchObject({
      status: 'unlocked',
      actor: { userId: 'kabid', roles: ['reviewer'], positions: ['Kepala Bidang'] },
      deviceId: 'device-1',
      office: { id: 'dinsos-bulukumba' },
    });
    expect(persistence.read()).toEqual({ userId: 'kabid', locked: false, lastActiveAt: start });
  });

  it('locks and unlocks with the same PIN, and a wrong PIN keeps it locked', async () => {
    const { store, persistence } = await setUp();
    await store.getState().boot();
    await store.getState().signIn('admin', '482915');
    store.getState().lock();
    expect(store.getState().status).toBe('locked');
    expect(persistence.read()?.locked).toBe(true);
    await expect(store.getState().unlock('000001')).resolves.toMatchObject({ reason: 'wrong-pin' });
    expect(store.getState().status).toBe('locked');
    await store.getState().unlock('482915');
    expect(store.getState()).toMatchObject({ status: 'unlocked', user: { id: 'admin' } });
  });

  it('resumes after a reload: unlocked stays unlocked, locked stays locked, idle locks', async () => {
    const resume = async (record: SessionRecord, afterMs = 0) => {
      const { store, advance } = await setUp(record);
      advance(afterMs);
      await store.getState().boot();
      return store.getState().status;
    };
    await expect(resume({ userId: 'admin', locked: false, lastActiveAt: start })).resolves.toBe(
      'unlocked',
    );
    await expect(resume({ userId: 'admin', locked: true, lastActiveAt: start })).resolves.toBe(
      'locked',
    );
    await expect(
      resume({ userId: 'admin', locked: false, lastActiveAt: start }, 10 * 60_000),
    ).resolves.toBe('locked');
    await expect(resume({ userId: 'gone', locked: false, lastActiveAt: start })).resolves.toBe(
      'signedOut',
    );
  });

  it('signs out on logout and forgets the reload record', async () => {
    const { store, persistence } = await setUp();
    await store.getState().boot();
    await store.getState().signIn('admin', '482915');
    store.getState().logout();
    expect(store.getState()).toMatchObject({ status: 'signedOut', user: null, actor: null });
    expect(persistence.read()).toBeNull();
  });
});

describe('isIdle', () => {
  it('is idle from the configured minute on', () => {
    expect(isIdle(0, 9 * 60_000 + 59_999, 10)).toBe(false);
    expect(isIdle(0, 10 * 60_000, 10)).toBe(true);
  });
});
