// The backup methods of the platform API, on main's backup service (main/backup/), and the
// schedule that asks the renderer for a backup when one is due. A failed write, whether asked
// for by the schedule or by hand, is reported and the schedule tries again later.
import type { DesktopSettings } from '../shared/desktopSettings';
import type { IpcResult } from '../shared/ipc';
import { loadBackupKey } from './backup/backupKey';
import { createBackupService, type BackupService } from './backup/backupService';
import { startBackupScheduler, type BackupScheduler, type Clock } from './backup/backupSchedule';
import type { BackupResult } from './backup/failures';
import type { BackupHandlers } from './desktopHandlers';
import type { SafeStorageLike } from './device/deviceToken';
import type { FileIo } from './files/fileIo';

export interface BackupHandlerDeps {
  /** Where the sealed backup key lives (the app's data folder). */
  keyPath: string;
  safeStorage: SafeStorageLike;
  settings: () => DesktopSettings;
  /** A scheduled backup is due: ask the renderer to stream the database. */
  requestBackup: () => void;
  notify: (message: string) => void;
  log: (message: string, error?: unknown) => void;
  io?: FileIo;
  clock?: Clock;
}

export interface BackupControl {
  handlers: BackupHandlers;
  /** Starts the schedule, counting from the newest backup in the folder. */
  start(): Promise<void>;
  /** The backup settings changed. */
  reschedule(): void;
  stop(): void;
}

const answer = <T>(result: BackupResult<T>): IpcResult<T> =>
  result.ok ? result : { ok: false, message: result.message, retryable: result.retryable };

export function createBackupHandlers(deps: BackupHandlerDeps): BackupControl {
  const service: BackupService = createBackupService({
    settings: () => deps.settings().backup,
    key: () => loadBackupKey(deps.keyPath, deps.safeStorage, deps.io),
    ...(deps.io ? { io: deps.io } : {}),
    ...(deps.clock ? { now: () => deps.clock?.now() ?? new Date() } : {}),
  });
  let scheduler: BackupScheduler | undefined;

  /** A write that failed: the person is told, and the schedule tries again later. */
  const failedWrite = <T>(result: BackupResult<T>): IpcResult<T> => {
    if (!result.ok) {
      deps.log(`backup failed: ${result.message}`);
      if (scheduler) scheduler.failed(result.message);
      else deps.notify(result.message);
    }
    return answer(result);
  };

  const handlers: BackupHandlers = {
    backupBegin: async (office) => failedWrite(await service.begin(office)),
    backupChunk: async (id, bytes) => failedWrite(await service.chunk(id, bytes)),
    async backupFinish(id) {
      const finished = await service.finish(id);
      if (!finished.ok) return failedWrite(finished);
      scheduler?.succeeded(new Date());
      if (finished.value.notice) deps.notify(finished.value.notice);
      return {
        ok: true,
        value: { fileName: finished.value.fileName, bytes: finished.value.bytes },
      };
    },
    backupAbort: async (id) => answer(await service.abort(id)),
    async listBackups() {
      if (deps.settings().backup.dir === null) return { ok: true, value: [] };
      const listed = await service.list();
      if (!listed.ok) return answer(listed);
      return {
        ok: true,
        value: listed.value.map(({ fileName, createdAt, bytes }) => ({
          fileName,
          createdAt,
          bytes,
        })),
      };
    },
    async openRestore(fileName, recoveryKey) {
      const opened = await service.openRestore(fileName, recoveryKey ?? undefined);
      if (!opened.ok) return answer(opened);
      const { id, createdAt, dbVersion } = opened.value;
      return { ok: true, value: { id, createdAt, dbVersion } };
    },
    readRestoreChunk: async (id) => answer(await service.readChunk(id)),
    closeRestore: async (id) => answer(await service.closeRestore(id)),
  };

  return {
    handlers,
    async start() {
      let lastSuccess: Date | null = null;
      if (deps.settings().backup.dir !== null) {
        const listed = await service.list();
        if (listed.ok && listed.value[0]) lastSuccess = new Date(listed.value[0].createdAt);
        if (!listed.ok) deps.log(`backups could not be listed: ${listed.message}`);
      }
      scheduler = startBackupScheduler({
        settings: () => deps.settings().backup,
        lastSuccess,
        onDue: deps.requestBackup,
        onNotice: deps.notify,
        ...(deps.clock ? { clock: deps.clock } : {}),
      });
    },
    reschedule: () => scheduler?.reschedule(),
    stop: () => scheduler?.stop(),
  };
}
