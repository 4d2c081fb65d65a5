// Which backups stay: the newest of each of the last `keepDaily` days that have a backup and the
// newest of each of the last `keepWeekly` ISO weeks that have one (days and weeks in the office's
// time zone), and always the backup just written. Counting days with a backup rather than
// calendar days means a long holiday never rotates every backup away. Only files with a backup
// name of the same office are ever deleted.
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { FileIo } from '../files/fileIo';
import { parseBackupFileName } from './backupFiles';
import { detailOf, fileFailureOf, type BackupResult } from './failures';
import { backupMessages as m } from './messages';

export interface RotationPolicy {
  office: string;
  keepDaily: number;
  keepWeekly: number;
  /** IANA zone of the office, e.g. `Asia/Jakarta`; the system's zone when left out. */
  zone?: string;
}

/** The file names to delete among `names`; `keep` (the backup just written) is never one. */
export function backupsToDelete(
  names: readonly string[],
  keep: string,
  policy: RotationPolicy,
): string[] {
  const backups = names
    .flatMap((name) => {
      const info = parseBackupFileName(name);
      return info?.office === policy.office ? [{ name, at: info.createdAt.getTime() }] : [];
    })
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  const kept = new Set([keep]);
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const { name, at } of backups) {
    const time = DateTime.fromMillis(at, policy.zone ? { zone: policy.zone } : {});
    const day = time.toISODate() ?? '';
    const week = time.toFormat("kkkk-'W'WW");
    if (!days.has(day) && days.size < policy.keepDaily) {
      days.add(day);
      kept.add(name);
    }
    if (!weeks.has(week) && weeks.size < policy.keepWeekly) {
      weeks.add(week);
      kept.add(name);
    }
  }
  return backups.map(({ name }) => name).filter((name) => !kept.has(name));
}

/**
 * Deletes the backups the policy no longer keeps. A file that cannot be deleted is reported in
 * `problem` and left for the next rotation; the others are still deleted.
 */
export async function rotateBackups(
  dir: string,
  keep: string,
  policy: RotationPolicy,
  io: FileIo,
): Promise<BackupResult<{ deleted: string[]; problem: string | null }>> {
  let names: string[];
  try {
    names = (await io.listFiles(dir)).map(({ name }) => name);
  } catch (error) {
    return fileFailureOf(error, dir);
  }
  const deleted: string[] = [];
  let problem: string | null = null;
  for (const name of backupsToDelete(names, keep, policy)) {
    try {
      await io.remove(join(dir, name));
      deleted.push(name);
    } catch (error) {
      problem ??= m.cleanupFailed(name, detailOf(error));
    }
  }
  return { ok: true, value: { deleted, problem } };
}
