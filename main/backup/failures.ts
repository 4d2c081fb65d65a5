// The answers of the backup modules: a value, or why not in Indonesian with `retryable` (the
// same call may work later: disk freed, stick back in), the shape IPC passes on as it is.
import type { BackupErrorCode } from '../../shared/backup/format';
import { BackupFormatError } from '../../shared/backup/format';
import { backupMessages as m } from './messages';

export type BackupFailureCode =
  | BackupErrorCode
  | 'no-encryption'
  | 'key-unreadable'
  | 'no-folder'
  | 'disk-full'
  | 'unreachable'
  | 'denied'
  | 'failed'
  | 'busy'
  | 'unknown-session'
  | 'bad-name'
  | 'missing'
  | 'wrong-key'
  | 'bad-recovery-key'
  | 'damaged';

export type BackupFailure = {
  ok: false;
  code: BackupFailureCode;
  message: string;
  retryable: boolean;
};
export type BackupResult<T> = { ok: true; value: T } | BackupFailure;

export const fail = (
  code: BackupFailureCode,
  message: string,
  retryable = false,
): BackupFailure => ({
  ok: false,
  code,
  message,
  retryable,
});

export const detailOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A failed write or read of the backup folder, as the person at the counter should read it. */
export function fileFailureOf(error: unknown, dir: string): BackupFailure {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return fail('disk-full', m.diskFull, true);
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'EIO' || code === 'ENXIO') {
    return fail('unreachable', m.unreachable(dir), true);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return fail('denied', m.denied(dir), true);
  }
  return fail('failed', m.failed(detailOf(error)), true);
}

/**
 * A backup that could not be opened: the stream's own refusal (truncated, tampered, too new),
 * age's (another key, a damaged file), the decompressor's, or the folder's.
 */
export function readFailureOf(error: unknown, dir: string): BackupFailure {
  if (error instanceof BackupFormatError) return fail(error.code, error.message);
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    if (/^E[A-Z]+$/.test(error.code)) return fileFailureOf(error, dir);
  }
  if (error instanceof Error && error.message.includes('no identity matched')) {
    return fail('wrong-key', m.wrongKey);
  }
  return fail('damaged', m.damaged(detailOf(error)));
}
