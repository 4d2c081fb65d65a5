import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSafeStorage } from '../../test-support/fakeSafeStorage';
import { createDeviceTokenStore } from './deviceToken';

const token = 'dvt_0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-token-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the device token store', () => {
  it('keeps the token sealed on disk and opens it again', async () => {
    const path = join(dir, 'device-token.bin');
    const store = createDeviceTokenStore(path, fakeSafeStorage().storage);
    expect(await store.load()).toEqual({ ok: true, value: null });
    expect(await store.ready()).toEqual({ ok: true, value: null });
    expect(await store.save(token)).toEqual({ ok: true, value: null });
    const onDisk = await readFile(path);
    expect(onDisk.includes(Buffer.from(token))).toBe(false);
    expect(await store.load()).toEqual({ ok: true, value: token });
  });

  it('refuses to store anything when the secret store is unavailable', async () => {
    const path = join(dir, 'device-token.bin');
    const store = createDeviceTokenStore(path, fakeSafeStorage(false).storage);
    expect(await store.ready()).toMatchObject({ ok: false });
    const saved = await store.save(token);
    expect(saved).toMatchObject({ ok: false });
    expect(saved.ok ? '' : saved.message).toMatch(/token perangkat tidak disimpan/);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });

  it('seals the token again when the system rotated its key', async () => {
    const path = join(dir, 'device-token.bin');
    const { storage, state } = fakeSafeStorage();
    const store = createDeviceTokenStore(path, storage);
    await store.save(token);
    state.key = 0x33;
    expect(await store.load()).toEqual({ ok: true, value: token });
    expect((await readFile(path))[0]).toBe(0x33);
  });

  it('says so in Indonesian when the sealed file cannot be opened', async () => {
    const path = join(dir, 'device-token.bin');
    const { storage } = fakeSafeStorage();
    const store = createDeviceTokenStore(path, {
      ...storage,
      decryptStringAsync: () => Promise.reject(new Error('DPAPI: key not valid')),
    });
    await store.save(token);
    const loaded = await store.load();
    expect(loaded.ok ? '' : loaded.message).toMatch(/^Token perangkat tidak dapat dibuka \(DPAPI/);
  });
});
