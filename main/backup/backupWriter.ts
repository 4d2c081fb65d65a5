// Writes one backup file from the stream the renderer sends in chunks: gzip, then age to the
// device's key, into a temporary file in the backup folder; on `finish` fsync, rename into place
// and fsync the folder. Until then the folder holds only the temporary file, and every failure
// or abort removes it: a backup appears whole or not at all, and nothing else is touched.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { Encrypter } from 'age-encryption';
import type { FileIo, FileSink } from '../files/fileIo';
import { fail, fileFailureOf, type BackupResult } from './failures';
import { backupMessages as m } from './messages';
import { chunksOf, streamOf } from './streams';

export interface BackupWrite {
  /** Adds the next chunk; waits while the disk is behind. */
  write(bytes: Uint8Array): Promise<BackupResult<null>>;
  /** Completes the file under its name; `bytes` is its size. */
  finish(): Promise<BackupResult<{ path: string; bytes: number }>>;
  /** Stops and removes what was written. */
  abort(): Promise<void>;
}

export interface BackupWriteOptions {
  dir: string;
  fileName: string;
  /** `age1…`: the device's key, and the office's recovery key when there is one. */
  recipients: readonly string[];
  io: FileIo;
}

/** Starts a backup file; the folder must exist (a stick that is plugged in), it is never made. */
export async function beginBackupWrite(
  options: BackupWriteOptions,
): Promise<BackupResult<BackupWrite>> {
  const { dir, fileName, recipients, io } = options;
  const path = join(dir, fileName);
  const temporary = join(dir, `.${fileName}.${randomUUID()}.tmp`);
  let sink: FileSink;
  try {
    if (!(await io.isDirectory(dir))) return fail('unreachable', m.unreachable(dir), true);
    sink = await io.createNew(temporary);
  } catch (error) {
    return fileFailureOf(error, dir);
  }

  let failure: unknown;
  const gzip = createGzip();
  gzip.on('error', (error) => {
    failure ??= error;
  });
  let encrypted: ReadableStream<Uint8Array>;
  try {
    const encrypter = new Encrypter();
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    encrypted = await encrypter.encrypt(streamOf(gzip));
  } catch (error) {
    await sink.close().catch(() => undefined);
    await io.remove(temporary).catch(() => undefined);
    return fileFailureOf(error, dir);
  }
  let bytes = 0;
  let stopped = false;
  const pumped = (async () => {
    for await (const piece of chunksOf(encrypted)) {
      await sink.write(piece);
      bytes += piece.length;
    }
  })().catch((error: unknown) => {
    failure ??= error;
  });

  /** Stops the pipe and removes the temporary file; nothing else is touched. */
  async function discard(committing = false) {
    stopped = true;
    gzip.destroy();
    await pumped;
    // A failed commit has closed the file already.
    if (!committing) await sink.close().catch(() => undefined);
    await io.remove(temporary).catch(() => undefined);
  }

  async function write(chunk: Uint8Array): Promise<BackupResult<null>> {
    if (stopped) return fail('unknown-session', m.unknownSession);
    if (failure === undefined) {
      // A copy: the caller may reuse its buffer while gzip still holds this one.
      if (!gzip.write(new Uint8Array(chunk))) {
        await Promise.race([once(gzip, 'drain').catch(() => undefined), pumped]);
      }
    }
    if (failure === undefined) return { ok: true, value: null };
    await discard();
    return fileFailureOf(failure, dir);
  }

  async function finish(): Promise<BackupResult<{ path: string; bytes: number }>> {
    if (stopped) return fail('unknown-session', m.unknownSession);
    if (failure === undefined) {
      gzip.end();
      await pumped;
    }
    if (failure !== undefined) {
      await discard();
      return fileFailureOf(failure, dir);
    }
    try {
      await sink.commit();
    } catch (error) {
      await discard(true);
      return fileFailureOf(error, dir);
    }
    try {
      await io.rename(temporary, path);
      stopped = true;
      await io.syncDir(dir);
      return { ok: true, value: { path, bytes } };
    } catch (error) {
      // After the rename the backup is in place (only the folder's fsync failed): keep it.
      if (!stopped) await discard(true);
      return fileFailureOf(error, dir);
    }
  }

  async function abort() {
    if (!stopped) await discard();
  }

  return { ok: true, value: { write, finish, abort } };
}
