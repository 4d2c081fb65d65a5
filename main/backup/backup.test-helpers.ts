// Test-only: a stand-in for Electron's safeStorage and a backup service over a real folder with
// a real key, for the tests here and the renderer's round trip (which loads this file by path:
// renderer code cannot import main/ under the project's type-check split).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SafeStorageLike } from '../device/deviceToken';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { loadBackupKey } from './backupKey';
import { createBackupService, type BackupService } from './backupService';

/** The OS secret store as XOR with a key the test can rotate or switch off. */
export function fakeSafeStorage(available = true) {
  const state = { key: 0x5a, available };
  const seal = (text: string, key: number) =>
    Buffer.from([key, ...Buffer.from(text, 'utf8').map((byte) => byte ^ key)]);
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(state.available),
    encryptStringAsync: (text) => Promise.resolve(seal(text, state.key)),
    decryptStringAsync: (sealed) => {
      const key = sealed[0];
      if (key === undefined) return Promise.reject(new Error('empty ciphertext'));
      const result = Buffer.from(sealed.subarray(1).map((byte) => byte ^ key)).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: key !== state.key });
    },
  };
  return { storage, state };
}

export interface TestBackupService {
  service: BackupService;
  /** The backup folder. */
  dir: string;
  /** The app's data folder, where the sealed key is. */
  dataDir: string;
}

/** A service writing to a fresh temporary folder, with a key sealed in another. */
export async function openTestBackupService(
  options: { io?: FileIo; now?: () => Date; dataDir?: string } = {},
): Promise<TestBackupService> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-backup-'));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'loket-data-')));
  const { storage } = fakeSafeStorage();
  const service = createBackupService({
    settings: () => ({ dir, schedule: 'daily', keepDaily: 7, keepWeekly: 4 }),
    key: () => loadBackupKey(join(dataDir, 'backup-key.bin'), storage, nodeFileIo),
    zone: 'Asia/Jakarta',
    ...(options.io ? { io: options.io } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { service, dir, dataDir };
}
