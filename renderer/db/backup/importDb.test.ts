import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { encodeBackup, type BackupRow } from '../../../shared/backup/encoder';
import { executeCommand } from '../executeCommand';
import { contextAt, freshDb, registerPayload, snapshot } from '../fixtures.test-helpers';
import { oldRows, v1Stores, writeVersion1 } from '../oldVersions.test-helpers';
import { worklist } from '../queries';
import type { StoredCase } from '../rows';
import { caseRecordOf } from '../storedCase';
import type { LoketDb } from '../database';
import { collect, digestOf, replay } from './backup.test-helpers';
import { exportDb } from './exportDb';
import { importDb, restoreChunks } from './importDb';

const at = '2026-07-20T09:00:00+07:00';

/** Two registered cases by the real command, a scan and an empty-typed blob. */
async function smallDb(): Promise<LoketDb> {
  const db = freshDb();
  for (const [serial, name] of [
    ['0001', 'Siti Aminah'],
    ['0002', 'Wayan Sudirta'],
  ] as const) {
    await executeCommand(db, 'case.register', registerPayload({ name, serial }), contextAt(at));
  }
  const caseId = (await db.cases.toCollection().first())?.id ?? '';
  await db.blobs.bulkAdd([
    {
      id: 'a'.repeat(64),
      caseId,
      mime: 'image/jpeg',
      size: 4,
      createdAt: at,
      data: new Blob([Uint8Array.of(0xff, 0xd8, 0, 1)], { type: 'image/jpeg' }),
    },
    {
      id: 'b'.repeat(64),
      caseId,
      mime: 'application/octet-stream',
      size: 0,
      createdAt: at,
      data: new Blob([]),
    },
  ]);
  return db;
}

const bytesOf = (chunks: Uint8Array[]) => Buffer.concat(chunks);
const textOf = (chunks: Uint8Array[]) => bytesOf(chunks).toString('utf8');

describe('export and import of the database', () => {
  it('gives back every row and every scan exactly, through pages smaller than a table', async () => {
    const source = await smallDb();
    const chunks = await collect(exportDb(source, 'dinsos-tanggamus', { pageRows: 1 }));
    expect(JSON.parse(textOf(chunks).split('\n')[0] ?? '')).toMatchObject({
      format: 'loket-backup',
      dbVersion: 3,
      office: 'dinsos-tanggamus',
      tables: source.tables.map((table) => table.name),
    });
    const target = freshDb();
    await executeCommand(
      target,
      'case.register',
      registerPayload({ name: 'Orang Lain', serial: '0009' }),
      contextAt(at),
    );
    const imported = await importDb(target, replay(chunks));
    expect(imported).toMatchObject({ ok: true, value: { counts: { cases: 2, blobs: 2 } } });
    expect(await digestOf(target)).toEqual(await digestOf(source));
    const scan = await target.blobs.get('a'.repeat(64));
    expect(scan?.data).toBeInstanceOf(Blob);
    expect(scan?.data.type).toBe('image/jpeg');
  });

  it('changes nothing when the stream is bad, wherever it goes wrong', async () => {
    const source = await smallDb();
    const chunks = await collect(exportDb(source, 'dinsos-tanggamus'));
    const good = bytesOf(chunks);
    const target = await smallDb();
    await target.cases.limit(1).delete();
    const before = await digestOf(target);
    const flipped = Buffer.from(good);
    const middle = Math.floor(good.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
    const text = good.toString('utf8');
    const bad: Array<[string, Buffer, string]> = [
      ['a changed byte', flipped, ''],
      ['a cut stream', good.subarray(0, good.length - 10), 'tidak lengkap'],
      ['no trailer', Buffer.from(text.split('\n').slice(0, -2).join('\n') + '\n'), 'tidak lengkap'],
      [
        'a newer database',
        Buffer.from(text.replace('"dbVersion":3', '"dbVersion":4')),
        'Perbarui aplikasi',
      ],
      [
        'a header that claims an older database',
        Buffer.from(text.replace('"dbVersion":3', '"dbVersion":2')),
        'tidak cocok',
      ],
      [
        'a newer format',
        Buffer.from(text.replace('"formatVersion":1', '"formatVersion":2')),
        'lebih baru',
      ],
      [
        'rows after the trailer',
        Buffer.concat([good, Buffer.from('{"t":"cases","r":{}}\n')]),
        'setelah penutup',
      ],
    ];
    for (const [what, bytes, words] of bad) {
      const result = await importDb(target, replay([bytes]));
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(result.message, what).toContain(words);
      expect(await digestOf(target), what).toEqual(before);
    }
  });

  it('changes nothing when a write fails or main cannot hand out the next chunk', async () => {
    const source = await smallDb();
    const text = textOf(await collect(exportDb(source, 'dinsos-tanggamus')));
    const target = freshDb();
    await executeCommand(
      target,
      'case.register',
      registerPayload({ name: 'Orang Lain', serial: '0009' }),
      contextAt(at),
    );
    const before = await digestOf(target);
    // Main refuses the chunk after the first (the stick was pulled out during the restore).
    let calls = 0;
    const read = () =>
      Promise.resolve(
        ++calls === 1
          ? { ok: true as const, value: new TextEncoder().encode(text.slice(0, 2000)) }
          : { ok: false as const, message: 'flashdisk dicabut' },
      );
    const cut = await importDb(target, restoreChunks(read));
    expect(cut).toMatchObject({
      ok: false,
      code: 'read-failed',
      message: expect.stringContaining('flashdisk dicabut'),
    });
    expect(await digestOf(target)).toEqual(before);

    // A stream that verifies but cannot be written: the same case twice.
    const header = {
      format: 'loket-backup' as const,
      formatVersion: 1 as const,
      dbVersion: 3,
      createdAt: new Date().toISOString(),
      office: 'dinsos-tanggamus',
      tables: target.tables.map((table) => table.name),
    };
    const twice = await collect(
      encodeBackup(
        header,
        replayRows([
          { table: 'cases', row: { id: 'x' } },
          { table: 'cases', row: { id: 'x' } },
        ]),
      ),
    );
    expect(await importDb(target, replay(twice))).toMatchObject({
      ok: false,
      code: 'failed',
      message: expect.stringContaining('Tidak ada data yang diubah'),
    });
    expect(await digestOf(target)).toEqual(before);
  });
  it('restores a backup of an older release: its rows upgraded as the counter would hold them', async () => {
    const name = `loket-v1-${uuidv7()}`;
    const before = await oldRows();
    await writeVersion1(name, before);
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Stores);
    const chunks = await collect(exportDb(v1 as unknown as LoketDb, 'dinsos-tanggamus'));
    v1.close();
    await Dexie.delete(name);
    expect(JSON.parse(textOf(chunks).split('\n')[0] ?? '')).toMatchObject({ dbVersion: 1 });

    const target = await smallDb();
    const untouched = await digestOf(target);
    // Cut short, it changes nothing and leaves no scratch database behind.
    const cut = bytesOf(chunks).subarray(0, bytesOf(chunks).length - 10);
    expect(await importDb(target, replay([cut]))).toMatchObject({ ok: false });
    expect(await digestOf(target)).toEqual(untouched);
    expect(await Dexie.getDatabaseNames()).not.toContain(`${target.name}-pemulihan`);

    const restored = await importDb(target, replay(chunks));
    expect(restored).toMatchObject({ ok: true });
    const after = await snapshot(target);
    expect({ ...after, cases: [] }).toEqual({ ...before, cases: [] });
    const cases = after.cases as StoredCase[];
    expect(cases.map(caseRecordOf)).toEqual(before.cases);
    // Upgraded: every case has the sort keys of version 2, so the worklist answers.
    expect(cases.every((row) => typeof row.priorityRank === 'number')).toBe(true);
    expect((await worklist(target, { role: 'fo', limit: 10 })).rows).toHaveLength(3);
    expect(await Dexie.getDatabaseNames()).not.toContain(`${target.name}-pemulihan`);
  });
});

async function* replayRows(rows: BackupRow[]): AsyncGenerator<BackupRow> {
  yield* rows;
}
