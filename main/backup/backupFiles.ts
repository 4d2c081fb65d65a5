// Backup file names, `loket-<office>-20261201T101500Z.loketbak` (the time in UTC): the office
// and the time are read back from the name, so listing and rotating never open a file, and
// only files with such a name are ever listed, opened or deleted.
import { DateTime } from 'luxon';

export const BACKUP_EXTENSION = '.loketbak';

const stampFormat = "yyyyMMdd'T'HHmmss'Z'";
const namePattern = /^loket-([A-Za-z0-9-]{1,40})-(\d{8}T\d{6}Z)\.loketbak$/;

export const isOfficeCode = (office: string): boolean => /^[A-Za-z0-9-]{1,40}$/.test(office);

export function backupFileName(office: string, at: Date): string {
  const stamp = DateTime.fromJSDate(at, { zone: 'utc' }).toFormat(stampFormat);
  return `loket-${office}-${stamp}${BACKUP_EXTENSION}`;
}

export interface BackupFileInfo {
  office: string;
  createdAt: Date;
}

/** The office and time of a backup's file name; null for any other name (and any path). */
export function parseBackupFileName(name: string): BackupFileInfo | null {
  const match = namePattern.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const at = DateTime.fromFormat(match[2], stampFormat, { zone: 'utc' });
  return at.isValid ? { office: match[1], createdAt: at.toJSDate() } : null;
}
