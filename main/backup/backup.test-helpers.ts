// Test-only: a stand-in for Electron's safeStorage and a backup service over a real folder with
// a real key, for the tests here and the renderer's round trip (which loads this file by path:
// renderer code cannot import main/ under the project's type-check split).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSafeStorage } from '../../test-support/fakeSafeStorage';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { loadBackupKey } from './backupKey';
import { createBackupService, type BackupService } from './backupService';

export { fakeSafeStorage };

export interface TestBackupService {
  service: BackupService;
  /** The backup folder. */
  dir: string;
  /** The app's data folder, where the sealed key is. */
  dataDir: string;
}

/** A service writing to a fresh temporary folder, with a key sealed in another. */
export async function openTestBackupService(
  options: { io?: FileIo; now?: () => Date; dataDir?: string; recoveryRecipient?: string } = {},
): Promise<TestBackupService> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-backup-'));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'loket-data-')));
  const { storage } = fakeSafeStorage();
  const service = createBackupService({
    settings: () => ({
      dir,
      schedule: 'daily',
      keepDaily: 7,
      keepWeekly: 4,
      recoveryRecipient: options.recoveryRecipient ?? null,
    }),
    key: () => loadBackupKey(join(dataDir, 'backup-key.bin'), storage, nodeFileIo),
    zone: 'Asia/Jakarta',
    ...(options.io ? { io: options.io } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { service, dir, dataDir };
}
