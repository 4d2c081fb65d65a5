// The backups as one object for main/ipc.ts: a backup arrives from the renderer chunk by chunk
// (`begin` → `chunk`* → `finish` | `abort`), is checked as it passes (the shared decoder: a
// stream that does not verify is never renamed into place), written and rotated; a restore is
// verified to its end before `openRestore` answers, then handed back chunk by chunk. Ids and
// file names come from the renderer, so each is checked here: an unknown id is refused, and
// only a plain backup name in the backup folder is ever opened.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createBackupDecoder, type BackupDecoder } from '../../shared/backup/decoder';
import {
  BackupFormatError,
  type BackupCounts,
  type BackupHeader,
} from '../../shared/backup/format';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { backupFileName, isOfficeCode, parseBackupFileName } from './backupFiles';
import type { BackupKey } from './backupKey';
import { listBackups, plainChunks, verifyBackup, type BackupListing } from './backupReader';
import type { BackupSettings } from './backupSchedule';
import { beginBackupWrite, type BackupWrite } from './backupWriter';
import { detailOf, fail, readFailureOf, type BackupResult } from './failures';
import { backupMessages as m } from './messages';
import { rotateBackups } from './rotation';

/** An age X25519 identity, as the admin types it from paper (case and spaces forgiven). */
const recoveryKeyPattern = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** A session without a call for this long is given up when the next one begins. */
export const STALE_SESSION_MS = 10 * 60 * 1000;

export interface BackupFinished {
  fileName: string;
  /** The file's size. */
  bytes: number;
  /** Rows per table, as verified. */
  counts: BackupCounts;
  /** Older backups the rotation deleted. */
  deleted: string[];
  /** A rotation problem to show (the backup itself is fine); null when none. */
  notice: string | null;
}

export interface RestoreOpened {
  id: string;
  createdAt: string;
  dbVersion: number;
  header: BackupHeader;
  counts: BackupCounts;
}

export interface BackupService {
  begin(office: string): Promise<BackupResult<{ id: string }>>;
  chunk(id: string, bytes: Uint8Array): Promise<BackupResult<null>>;
  finish(id: string): Promise<BackupResult<BackupFinished>>;
  abort(id: string): Promise<BackupResult<null>>;
  list(): Promise<BackupResult<BackupListing[]>>;
  /** `recoveryKey`: the office's recovery key (`AGE-SECRET-KEY-1…`) instead of the device's. */
  openRestore(fileName: string, recoveryKey?: string): Promise<BackupResult<RestoreOpened>>;
  /** The next chunk of the verified stream; null at its end. */
  readChunk(id: string): Promise<BackupResult<Uint8Array | null>>;
  closeRestore(id: string): Promise<BackupResult<null>>;
}

export interface BackupServiceOptions {
  /** Read at each call: the folder and the rotation may change in Pengaturan. */
  settings: () => BackupSettings;
  /** The device's key, e.g. `() => loadBackupKey(path, safeStorage)`; asked once until it succeeds. */
  key: () => Promise<BackupResult<BackupKey>>;
  io?: FileIo;
  now?: () => Date;
  /** The office's IANA zone for rotation; the system's zone when left out. */
  zone?: string;
}

interface WriteSession {
  id: string;
  office: string;
  dir: string;
  fileName: string;
  write: BackupWrite;
  decoder: BackupDecoder;
  touched: number;
}

interface RestoreSession {
  id: string;
  dir: string;
  chunks: AsyncIterator<Uint8Array>;
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const io = options.io ?? nodeFileIo;
  const now = options.now ?? (() => new Date());
  let writing: WriteSession | undefined;
  /** A `begin` is under way (it awaits the key and the folder before `writing` is set). */
  let starting = false;
  let restoring: RestoreSession | undefined;
  let key: Promise<BackupResult<BackupKey>> | undefined;

  async function deviceKey(): Promise<BackupResult<BackupKey>> {
    key ??= options
      .key()
      .catch((error: unknown) => fail('failed', m.failed(detailOf(error)), true));
    const result = await key;
    if (!result.ok) key = undefined;
    return result;
  }

  const stale = (session: WriteSession) => now().getTime() - session.touched > STALE_SESSION_MS;

  function writeSession(id: string): WriteSession | undefined {
    if (writing?.id !== id) return undefined;
    writing.touched = now().getTime();
    return writing;
  }

  async function drop(session: WriteSession) {
    if (writing === session) writing = undefined;
    await session.write.abort();
  }

  async function begin(office: string): Promise<BackupResult<{ id: string }>> {
    if (!isOfficeCode(office)) return fail('bad-name', m.badName(office));
    if (starting || (writing && !stale(writing))) return fail('busy', m.busy, true);
    starting = true;
    try {
      if (writing) await drop(writing);
      return await start(office);
    } finally {
      starting = false;
    }
  }

  async function start(office: string): Promise<BackupResult<{ id: string }>> {
    const { dir, recoveryRecipient } = options.settings();
    if (dir === null) return fail('no-folder', m.noFolder, true);
    const deviceKeyResult = await deviceKey();
    if (!deviceKeyResult.ok) return deviceKeyResult;
    const fileName = backupFileName(office, now());
    const existing = await listBackups(dir, io);
    if (!existing.ok) return existing;
    if (existing.value.some((backup) => backup.fileName === fileName)) {
      return fail('busy', m.busy, true);
    }
    const started = await beginBackupWrite({
      dir,
      fileName,
      recipients: [
        deviceKeyResult.value.recipient,
        ...(recoveryRecipient ? [recoveryRecipient] : []),
      ],
      io,
    });
    if (!started.ok) return started;
    const id = randomUUID();
    writing = {
      id,
      office,
      dir,
      fileName,
      write: started.value,
      decoder: createBackupDecoder({ values: false }),
      touched: now().getTime(),
    };
    return { ok: true, value: { id } };
  }

  /** The renderer's stream, checked as it passes; a failure here is the export's, so retryable. */
  function check(step: () => void): BackupResult<null> {
    try {
      step();
      return { ok: true, value: null };
    } catch (error) {
      if (!(error instanceof BackupFormatError)) throw error;
      return fail(error.code, error.message, true);
    }
  }

  async function chunk(id: string, bytes: Uint8Array): Promise<BackupResult<null>> {
    const session = writeSession(id);
    if (!session) return fail('unknown-session', m.unknownSession);
    const checked = check(() => {
      for (const item of session.decoder.push(bytes)) {
        if (item.kind === 'header' && item.header.office !== session.office) {
          throw new BackupFormatError(
            'bad-header',
            m.officeMismatch(item.header.office, session.office),
          );
        }
      }
    });
    if (!checked.ok) {
      await drop(session);
      return checked;
    }
    const written = await session.write.write(bytes);
    if (!written.ok) writing = undefined;
    return written;
  }

  async function finish(id: string): Promise<BackupResult<BackupFinished>> {
    const session = writeSession(id);
    if (!session) return fail('unknown-session', m.unknownSession);
    let counts: BackupCounts = {};
    const checked = check(() => {
      counts = session.decoder.end().counts;
    });
    if (!checked.ok) {
      await drop(session);
      return checked;
    }
    writing = undefined;
    const written = await session.write.finish();
    if (!written.ok) return written;
    const { keepDaily, keepWeekly } = options.settings();
    const rotated = await rotateBackups(
      session.dir,
      session.fileName,
      {
        office: session.office,
        keepDaily,
        keepWeekly,
        ...(options.zone ? { zone: options.zone } : {}),
      },
      io,
    );
    return {
      ok: true,
      value: {
        fileName: session.fileName,
        bytes: written.value.bytes,
        counts,
        deleted: rotated.ok ? rotated.value.deleted : [],
        notice: rotated.ok ? rotated.value.problem : rotated.message,
      },
    };
  }

  async function abort(id: string): Promise<BackupResult<null>> {
    const session = writeSession(id);
    if (!session) return fail('unknown-session', m.unknownSession);
    await drop(session);
    return { ok: true, value: null };
  }

  async function list(): Promise<BackupResult<BackupListing[]>> {
    const { dir } = options.settings();
    if (dir === null) return fail('no-folder', m.noFolder);
    return listBackups(dir, io);
  }

  async function closeRestore(id: string): Promise<BackupResult<null>> {
    if (restoring?.id !== id) return fail('unknown-session', m.unknownSession);
    const { chunks } = restoring;
    restoring = undefined;
    await chunks.return?.().catch(() => undefined);
    return { ok: true, value: null };
  }

  async function openRestore(
    fileName: string,
    recoveryKey?: string,
  ): Promise<BackupResult<RestoreOpened>> {
    if (!parseBackupFileName(fileName)) return fail('bad-name', m.badName(fileName));
    const { dir } = options.settings();
    if (dir === null) return fail('no-folder', m.noFolder);
    // One restore at a time: a new one replaces one the window left open.
    if (restoring) await closeRestore(restoring.id);
    const listed = await listBackups(dir, io);
    if (!listed.ok) return listed;
    if (!listed.value.some((backup) => backup.fileName === fileName)) {
      return fail('missing', m.missing(fileName));
    }
    let identity: string;
    if (recoveryKey === undefined) {
      const deviceKeyResult = await deviceKey();
      if (!deviceKeyResult.ok) return deviceKeyResult;
      identity = deviceKeyResult.value.identity;
    } else {
      identity = recoveryKey.trim().toUpperCase();
      if (!recoveryKeyPattern.test(identity)) return fail('bad-recovery-key', m.badRecoveryKey);
    }
    const verified = await verifyBackup(dir, fileName, identity, io, { values: false });
    if (!verified.ok) return verified;
    const id = randomUUID();
    const chunks = plainChunks(join(dir, fileName), identity, io)[Symbol.asyncIterator]();
    restoring = { id, dir, chunks };
    const { header, counts } = verified.value;
    return {
      ok: true,
      value: { id, createdAt: header.createdAt, dbVersion: header.dbVersion, header, counts },
    };
  }

  async function readChunk(id: string): Promise<BackupResult<Uint8Array | null>> {
    const session = restoring?.id === id ? restoring : undefined;
    if (!session) return fail('unknown-session', m.unknownSession);
    try {
      const next = await session.chunks.next();
      return { ok: true, value: next.done ? null : next.value };
    } catch (error) {
      restoring = undefined;
      return readFailureOf(error, session.dir);
    }
  }

  return { begin, chunk, finish, abort, list, openRestore, readChunk, closeRestore };
}
