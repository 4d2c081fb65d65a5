import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileIo } from './fileIo';

/**
 * Replaces `path` with `bytes` so that a crash or a full disk leaves either the old file or
 * the new one, never half of one: a temporary file beside it, fsync, rename, fsync of the
 * folder. On failure the temporary file is removed and the write's error is thrown.
 */
export async function writeAtomically(io: FileIo, path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await io.writeNew(temporary, bytes);
    await io.rename(temporary, path);
    await io.syncDir(folder);
  } catch (error) {
    // The write's own error is the one to report; a leftover temporary file is harmless.
    await io.remove(temporary).catch(() => undefined);
    throw error;
  }
}
