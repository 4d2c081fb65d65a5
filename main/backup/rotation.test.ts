import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { backupFileName } from './backupFiles';
import { backupsToDelete, rotateBackups, type RotationPolicy } from './rotation';

const zone = 'Asia/Jakarta';
const policy: RotationPolicy = { office: 'dinsos-tanggamus', keepDaily: 7, keepWeekly: 4, zone };
/** A backup's name at a local time in Jakarta. */
const at = (iso: string, office = policy.office) =>
  backupFileName(office, DateTime.fromISO(iso, { zone }).toJSDate());

/** Two backups a day (10:00 and 16:00) on every weekday from 2026-10-01 to 2026-12-01. */
function twoMonths(): string[] {
  const names: string[] = [];
  for (
    let day = DateTime.fromISO('2026-10-01', { zone });
    day <= DateTime.fromISO('2026-12-01', { zone });
    day = day.plus({ days: 1 })
  ) {
    if (day.weekday > 5) continue;
    names.push(at(`${day.toISODate()}T10:00`), at(`${day.toISODate()}T16:00`));
  }
  return names;
}

describe('backup rotation', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 ISO weeks', () => {
    const names = twoMonths();
    const newest = at('2026-12-01T16:00');
    const deleted = new Set(backupsToDelete(names, newest, policy));
    const kept = names.filter((name) => !deleted.has(name)).sort();
    expect(kept).toEqual(
      [
        // The weeks: W46 (Friday 13 Nov) and W47 (Friday 20 Nov); W48 and W49 have dailies.
        at('2026-11-13T16:00'),
        at('2026-11-20T16:00'),
        // The last 7 days with a backup, the newest of each.
        at('2026-11-23T16:00'),
        at('2026-11-24T16:00'),
        at('2026-11-25T16:00'),
        at('2026-11-26T16:00'),
        at('2026-11-27T16:00'),
        at('2026-11-30T16:00'),
        at('2026-12-01T16:00'),
      ].sort(),
    );
  });

  it('counts days with a backup, so a long holiday keeps the backups before it', () => {
    const names = [at('2026-06-01T10:00'), at('2026-06-02T10:00'), at('2026-08-20T10:00')];
    expect(
      backupsToDelete(names, names[2] ?? '', { ...policy, keepDaily: 3, keepWeekly: 0 }),
    ).toEqual([]);
  });

  it('never deletes the backup just written, another office’s backups or other files', () => {
    const mine = [at('2026-12-01T10:00'), at('2026-12-01T11:00'), at('2026-12-01T12:00')];
    const names = [
      ...mine,
      at('2026-11-01T10:00', 'dinsos-solok'),
      'catatan.txt',
      'loket-x.loketbak',
    ];
    // 12:00 is the newest, but the clock went back: 10:00 is the one just written.
    expect(
      backupsToDelete(names, mine[0] ?? '', { ...policy, keepDaily: 1, keepWeekly: 0 }),
    ).toEqual([mine[1]]);
  });

  it('reads day boundaries in the office’s zone', () => {
    // 23:30 and 00:30 in Jakarta are two days there, one day in UTC (16:30 and 17:30).
    const names = [at('2026-12-01T23:30'), at('2026-12-02T00:30')];
    expect(
      backupsToDelete(names, names[1] ?? '', { ...policy, keepDaily: 2, keepWeekly: 0 }),
    ).toEqual([]);
    expect(
      backupsToDelete(names, names[1] ?? '', {
        ...policy,
        zone: 'UTC',
        keepDaily: 1,
        keepWeekly: 0,
      }),
    ).toEqual([names[0]]);
  });
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-rotation-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rotating a folder', () => {
  it('deletes what the policy drops, keeps going past a file it cannot delete, and says so', async () => {
    const names = [
      at('2026-11-01T10:00'),
      at('2026-11-02T10:00'),
      at('2026-11-03T10:00'),
      'foto.jpg',
    ];
    for (const name of names) await writeFile(join(dir, name), 'x');
    const stuck = names[0] ?? '';
    const io: FileIo = {
      ...nodeFileIo,
      async remove(path) {
        if (path.endsWith(stuck))
          throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
        return nodeFileIo.remove(path);
      },
    };
    const rotated = await rotateBackups(
      dir,
      names[2] ?? '',
      { ...policy, keepDaily: 1, keepWeekly: 0 },
      io,
    );
    expect(rotated).toMatchObject({ ok: true, value: { deleted: [names[1]] } });
    expect(rotated.ok && rotated.value.problem).toContain(stuck);
    expect((await readdir(dir)).sort()).toEqual([names[0], names[2], 'foto.jpg'].sort());
  });
});
