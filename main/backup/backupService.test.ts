import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBackup, type BackupRow } from '../../shared/backup/encoder';
import type { BackupHeader } from '../../shared/backup/format';
import { blobContent } from '../../shared/backup/values';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import {
  fakeSafeStorage,
  openTestBackupService,
  type TestBackupService,
} from './backup.test-helpers';
import { backupFileName } from './backupFiles';
import { loadBackupKey } from './backupKey';
import type { BackupService } from './backupService';

const office = 'dinsos-tanggamus';
const header = (over: Partial<BackupHeader> = {}): BackupHeader => ({
  format: 'loket-backup',
  formatVersion: 1,
  dbVersion: 3,
  createdAt: '2026-12-01T03:15:00.000Z',
  office,
  tables: ['cases', 'blobs'],
  ...over,
});

/** A plain backup stream of `count` cases with a scan each, in encoder chunks. */
async function plainStream(count = 300, head = header()): Promise<Uint8Array[]> {
  async function* rows(): AsyncGenerator<BackupRow> {
    for (let index = 0; index < count; index += 1) {
      yield { table: 'cases', row: { id: `case-${index}`, name: `Warga ${index}` } };
      const bytes = Uint8Array.from({ length: 1500 }, (_, at) => (at * 31 + index) % 256);
      yield {
        table: 'blobs',
        row: { id: `scan-${index}`, data: blobContent('image/jpeg', bytes) },
      };
    }
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of encodeBackup(head, rows(), 16 * 1024)) chunks.push(chunk);
  return chunks;
}

const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks);

async function backUp(service: BackupService, chunks: Uint8Array[]) {
  const begun = await service.begin(office);
  if (!begun.ok) return begun;
  for (const chunk of chunks) {
    const sent = await service.chunk(begun.value.id, chunk);
    if (!sent.ok) return sent;
  }
  return service.finish(begun.value.id);
}

async function restored(service: BackupService, fileName: string) {
  const opened = await service.openRestore(fileName);
  if (!opened.ok) return opened;
  const chunks: Uint8Array[] = [];
  for (;;) {
    const next = await service.readChunk(opened.value.id);
    if (!next.ok) return next;
    if (next.value === null) break;
    chunks.push(next.value);
  }
  await service.closeRestore(opened.value.id);
  return { ok: true as const, value: { opened: opened.value, bytes: joined(chunks) } };
}

const setups: TestBackupService[] = [];
async function setup(options?: Parameters<typeof openTestBackupService>[0]) {
  const made = await openTestBackupService(options);
  setups.push(made);
  return made;
}
afterEach(async () => {
  for (const { dir, dataDir } of setups.splice(0)) {
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});

const fullDisk = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** node:fs, except that writing a file fails once `budget` bytes are on disk, like a full stick. */
function fillingIo(budget: { bytes: number }): FileIo {
  return {
    ...nodeFileIo,
    async createNew(path) {
      const sink = await nodeFileIo.createNew(path);
      return {
        ...sink,
        async write(bytes) {
          if (bytes.length > budget.bytes) {
            await sink.write(bytes.subarray(0, budget.bytes));
            budget.bytes = 0;
            throw fullDisk();
          }
          budget.bytes -= bytes.length;
          await sink.write(bytes);
        },
      };
    },
  };
}

describe('the backup service', () => {
  it('writes an encrypted, compressed backup and gives the same stream back after verifying it', async () => {
    const { service, dir } = await setup({ now: () => new Date('2026-12-01T03:15:00Z') });
    const chunks = await plainStream();
    const written = await backUp(service, chunks);
    expect(written).toMatchObject({
      ok: true,
      value: {
        fileName: 'loket-dinsos-tanggamus-20261201T031500Z.loketbak',
        counts: { cases: 300, blobs: 300 },
        deleted: [],
        notice: null,
      },
    });
    if (!written.ok) return;
    expect(await readdir(dir)).toEqual([written.value.fileName]);
    const file = await readFile(join(dir, written.value.fileName));
    expect(file.length).toBe(written.value.bytes);
    expect(file.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(file.includes('Warga 1')).toBe(false);
    expect(file.length).toBeLessThan(joined(chunks).length);

    expect(await service.list()).toEqual({
      ok: true,
      value: [
        {
          fileName: written.value.fileName,
          office,
          createdAt: '2026-12-01T03:15:00.000Z',
          bytes: file.length,
        },
      ],
    });
    const back = await restored(service, written.value.fileName);
    if (!back.ok) throw new Error(back.message);
    expect(back.value.opened).toMatchObject({ dbVersion: 3, counts: { cases: 300, blobs: 300 } });
    expect(back.value.bytes.equals(joined(chunks))).toBe(true);
  });

  it('never puts a stream that does not verify into place', async () => {
    const { service, dir } = await setup();
    const chunks = await plainStream();
    const cut = await backUp(service, chunks.slice(0, -1));
    expect(cut).toMatchObject({ ok: false, code: 'truncated', retryable: true });
    const other = await backUp(service, await plainStream(3, header({ office: 'dinsos-solok' })));
    expect(other).toMatchObject({ ok: false, code: 'bad-header' });
    const garbage = await backUp(service, [new TextEncoder().encode('{"hello":1}\n')]);
    expect(garbage).toMatchObject({ ok: false, code: 'not-backup' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('on a full disk reports a retryable failure, leaves no partial file, keeps the older backups', async () => {
    const budget = { bytes: Number.POSITIVE_INFINITY };
    let day = 1;
    const { service, dir } = await setup({
      io: fillingIo(budget),
      now: () => new Date(Date.UTC(2026, 11, day++, 3)),
    });
    const first = await backUp(service, await plainStream());
    if (!first.ok) throw new Error(first.message);
    const before = await readFile(join(dir, first.value.fileName));
    budget.bytes = Math.floor(first.value.bytes / 2);
    const refused = await backUp(service, await plainStream());
    expect(refused).toMatchObject({
      ok: false,
      code: 'disk-full',
      retryable: true,
      message: expect.stringContaining('Penyimpanan cadangan penuh'),
    });
    expect(await readdir(dir)).toEqual([first.value.fileName]);
    expect((await readFile(join(dir, first.value.fileName))).equals(before)).toBe(true);
    budget.bytes = Number.POSITIVE_INFINITY;
    expect(await backUp(service, await plainStream())).toMatchObject({ ok: true });
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('reports a pulled-out stick as retryable without creating the folder on the local disk', async () => {
    const { service, dir } = await setup();
    await rm(dir, { recursive: true });
    expect(await service.begin(office)).toMatchObject({
      ok: false,
      code: 'unreachable',
      retryable: true,
      message: expect.stringContaining('flashdisk dicabut'),
    });
    expect(await readdir(dir).catch(() => 'missing')).toBe('missing');

    await mkdir(dir);
    const begun = await service.begin(office);
    if (!begun.ok) throw new Error(begun.message);
    const [head = new Uint8Array(), ...rest] = await plainStream();
    expect(await service.chunk(begun.value.id, head)).toMatchObject({ ok: true });
    await rm(dir, { recursive: true });
    let result = await service.chunk(begun.value.id, rest[0] ?? new Uint8Array());
    for (const chunk of rest.slice(1)) {
      if (!result.ok) break;
      result = await service.chunk(begun.value.id, chunk);
    }
    const finished = result.ok ? await service.finish(begun.value.id) : result;
    expect(finished).toMatchObject({ ok: false, retryable: true });
    expect(await readdir(dir).catch(() => 'missing')).toBe('missing');
  });

  it('removes what was written on abort, and lets one backup run at a time', async () => {
    const { service, dir } = await setup();
    const begun = await service.begin(office);
    if (!begun.ok) throw new Error(begun.message);
    expect(await service.begin(office)).toMatchObject({ ok: false, code: 'busy' });
    for (const chunk of (await plainStream()).slice(0, 3))
      await service.chunk(begun.value.id, chunk);
    expect(await service.abort(begun.value.id)).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual([]);
    expect(await service.chunk(begun.value.id, new Uint8Array(1))).toMatchObject({
      ok: false,
      code: 'unknown-session',
    });
  });

  it('rotates the older backups of the office once a backup is written', async () => {
    const { service, dir } = await setup({ now: () => new Date('2026-12-01T03:15:00Z') });
    const old = Array.from({ length: 9 }, (_, day) =>
      backupFileName(office, new Date(Date.UTC(2026, 10, 20 + day, 3))),
    );
    for (const name of [...old, 'catatan.txt']) await writeFile(join(dir, name), 'lama');
    const written = await backUp(service, await plainStream(2));
    if (!written.ok) throw new Error(written.message);
    // Seven days: today and the six days before it with a backup; weeks: 48 and 47 (22 Nov).
    expect(written.value.deleted.sort()).toEqual([old[0], old[1]].sort());
    expect(await readdir(dir)).toHaveLength(9);
    const listed = await service.list();
    const names = listed.ok ? listed.value.map((backup) => backup.fileName) : [];
    expect(names).toEqual([written.value.fileName, ...old.slice(2).reverse()]);
  });

  it('refuses unknown ids and anything but a plain backup name in the folder', async () => {
    const { service } = await setup();
    expect(
      await service.chunk('00000000-0000-0000-0000-000000000000', new Uint8Array(1)),
    ).toMatchObject({
      ok: false,
      code: 'unknown-session',
    });
    expect(await service.readChunk('nope')).toMatchObject({ code: 'unknown-session' });
    expect(await service.finish('nope')).toMatchObject({ code: 'unknown-session' });
    expect(await service.closeRestore('nope')).toMatchObject({ code: 'unknown-session' });
    for (const name of [
      '../loket-dinsos-20261201T031500Z.loketbak',
      '/etc/passwd',
      'C:\\loket-dinsos-20261201T031500Z.loketbak',
      'settings.json',
    ]) {
      expect(await service.openRestore(name)).toMatchObject({ ok: false, code: 'bad-name' });
    }
    expect(await service.openRestore('loket-dinsos-20261201T031500Z.loketbak')).toMatchObject({
      ok: false,
      code: 'missing',
    });
    expect(await service.begin('../etc')).toMatchObject({ ok: false, code: 'bad-name' });
  });
});

describe('opening a backup for restore', () => {
  async function oneBackup() {
    const made = await setup();
    const written = await backUp(made.service, await plainStream());
    if (!written.ok) throw new Error(written.message);
    return {
      ...made,
      fileName: written.value.fileName,
      path: join(made.dir, written.value.fileName),
    };
  }

  it('refuses a file with one changed byte, anywhere', async () => {
    const { service, path, fileName } = await oneBackup();
    const file = await readFile(path);
    for (const at of [30, 200, Math.floor(file.length / 2), file.length - 20]) {
      const changed = Buffer.from(file);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      await writeFile(path, changed);
      const refused = await service.openRestore(fileName);
      expect(refused, `byte ${at}`).toMatchObject({ ok: false, retryable: false });
      expect(refused.ok || refused.message).toMatch(/rusak|tidak dapat dibuka/);
    }
  });

  it('refuses a truncated file', async () => {
    const { service, path, fileName } = await oneBackup();
    const file = await readFile(path);
    for (const length of [0, 40, file.length - 1000, file.length - 1]) {
      await writeFile(path, file.subarray(0, length));
      expect(await service.openRestore(fileName), `length ${length}`).toMatchObject({
        ok: false,
        code: 'damaged',
      });
    }
  });

  it('refuses a backup made with another device’s key', async () => {
    const { dir, fileName } = await oneBackup();
    const other = await setup();
    await writeFile(join(other.dir, fileName), await readFile(join(dir, fileName)));
    expect(await other.service.openRestore(fileName)).toMatchObject({
      ok: false,
      code: 'wrong-key',
      message: expect.stringContaining('kunci pemulihan kantor'),
    });
  });

  it('opens a backup on another laptop with the office’s recovery key, and only with it', async () => {
    const recovery = await generateX25519Identity();
    const first = await setup({ recoveryRecipient: await identityToRecipient(recovery) });
    const chunks = await plainStream(20);
    const written = await backUp(first.service, chunks);
    if (!written.ok) throw new Error(written.message);
    const other = await setup();
    const fileName = written.value.fileName;
    await writeFile(join(other.dir, fileName), await readFile(join(first.dir, fileName)));
    expect(await other.service.openRestore(fileName)).toMatchObject({ code: 'wrong-key' });
    expect(await other.service.openRestore(fileName, 'AGE-SECRET-KEY-1SALAH')).toMatchObject({
      ok: false,
      code: 'bad-recovery-key',
    });
    const stranger = await generateX25519Identity();
    expect(await other.service.openRestore(fileName, stranger)).toMatchObject({
      code: 'wrong-key',
    });
    const opened = await other.service.openRestore(fileName, ` ${recovery.toLowerCase()} `);
    expect(opened).toMatchObject({ ok: true });
    if (!opened.ok) return;
    const back: Uint8Array[] = [];
    for (;;) {
      const next = await other.service.readChunk(opened.value.id);
      if (!next.ok) throw new Error(next.message);
      if (next.value === null) break;
      back.push(next.value);
    }
    expect(joined(back)).toEqual(joined(chunks));
    // The device that made it still opens it with its own key.
    expect(await first.service.openRestore(fileName)).toMatchObject({ ok: true });
  });

  it('refuses a backup from a newer Loket, with a message that says so', async () => {
    const { service, dir, dataDir } = await setup();
    const key = await loadBackupKey(join(dataDir, 'backup-key.bin'), fakeSafeStorage().storage);
    if (!key.ok) throw new Error(key.message);
    const plain = joined(await plainStream(2));
    const newer = Buffer.from(
      plain.toString('utf8').replace('"formatVersion":1', '"formatVersion":2'),
    );
    const encrypter = new Encrypter();
    encrypter.addRecipient(key.value.recipient);
    const fileName = backupFileName(office, new Date('2026-12-01T03:15:00Z'));
    await writeFile(join(dir, fileName), await encrypter.encrypt(gzipSync(newer)));
    expect(await service.openRestore(fileName)).toMatchObject({
      ok: false,
      code: 'format-too-new',
      message: expect.stringContaining('versi Loket yang lebih baru'),
    });
  });
});
