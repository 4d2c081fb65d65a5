import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSafeStorage } from './backup.test-helpers';
import { loadBackupKey } from './backupKey';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the backup key', () => {
  it('is made once, kept only sealed, and opened again the same', async () => {
    const path = join(dir, 'backup-key.bin');
    const { storage } = fakeSafeStorage();
    const made = await loadBackupKey(path, storage);
    if (!made.ok) throw new Error(made.message);
    expect(made.value.identity).toMatch(/^AGE-SECRET-KEY-1/);
    expect(made.value.recipient).toMatch(/^age1/);
    const onDisk = await readFile(path);
    expect(onDisk.toString('latin1')).not.toContain('AGE-SECRET-KEY');
    expect(await loadBackupKey(path, storage)).toEqual(made);

    const encrypter = new Encrypter();
    encrypter.addRecipient(made.value.recipient);
    const decrypter = new Decrypter();
    decrypter.addIdentity(made.value.identity);
    expect(await decrypter.decrypt(await encrypter.encrypt('cadangan'), 'text')).toBe('cadangan');
  });

  it('is sealed again when the system store says so', async () => {
    const path = join(dir, 'backup-key.bin');
    const { storage, state } = fakeSafeStorage();
    const made = await loadBackupKey(path, storage);
    state.key = 0x33;
    expect(await loadBackupKey(path, storage)).toEqual(made);
    expect((await readFile(path))[0]).toBe(0x33);
  });

  it('is refused, and never written in plain, when the system store is not there', async () => {
    const path = join(dir, 'backup-key.bin');
    expect(await loadBackupKey(path, fakeSafeStorage(false).storage)).toMatchObject({
      ok: false,
      code: 'no-encryption',
      message: expect.stringContaining('Penyimpanan rahasia sistem operasi tidak tersedia'),
    });
    expect(await readFile(path).catch(() => 'missing')).toBe('missing');
  });

  it('is left as it is when it cannot be opened: a new key would not open old backups', async () => {
    const path = join(dir, 'backup-key.bin');
    await writeFile(path, Buffer.from([0x5a, 1, 2, 3]));
    const refused = await loadBackupKey(path, fakeSafeStorage().storage);
    expect(refused).toMatchObject({ ok: false, code: 'key-unreadable' });
    expect([...(await readFile(path))]).toEqual([0x5a, 1, 2, 3]);
  });
});
