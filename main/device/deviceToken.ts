// The device token the sync server gave this counter at enrolment. It is kept only as the
// ciphertext of the operating system's secret store (Electron `safeStorage`, async API: DPAPI
// on Windows), in one file in the app's data folder; never in IndexedDB or in plain text.
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { writeAtomically } from '../files/writeAtomically';
import { deviceMessages as m } from './messages';

/** The part of Electron's `safeStorage` used here (and by the backup key). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export type TokenResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DeviceTokenStore {
  /** Whether a token can be stored now: asked before an enrolment spends its one-time code. */
  ready(): Promise<TokenResult<null>>;
  save(token: string): Promise<TokenResult<null>>;
  /** The token, or null when this device is not enrolled. */
  load(): Promise<TokenResult<string | null>>;
}

export function createDeviceTokenStore(
  path: string,
  safeStorage: SafeStorageLike,
  io: FileIo = nodeFileIo,
): DeviceTokenStore {
  async function write(token: string) {
    const sealed = await safeStorage.encryptStringAsync(token);
    await writeAtomically(io, path, sealed);
  }

  async function ready(): Promise<TokenResult<null>> {
    return (await safeStorage.isAsyncEncryptionAvailable())
      ? { ok: true, value: null }
      : { ok: false, message: m.noEncryption };
  }

  return {
    ready,
    async save(token) {
      const available = await ready();
      if (!available.ok) return available;
      await write(token);
      return { ok: true, value: null };
    },
    async load() {
      const sealed = await io.read(path);
      if (sealed === undefined) return { ok: true, value: null };
      if (!(await safeStorage.isAsyncEncryptionAvailable())) {
        return { ok: false, message: m.noEncryption };
      }
      let opened: { result: string; shouldReEncrypt: boolean };
      try {
        opened = await safeStorage.decryptStringAsync(Buffer.from(sealed));
      } catch (error) {
        return {
          ok: false,
          message: m.unreadable(error instanceof Error ? error.message : String(error)),
        };
      }
      // The system rotated its key: seal the token again under the new one.
      if (opened.shouldReEncrypt) await write(opened.result);
      return { ok: true, value: opened.result };
    },
  };
}
