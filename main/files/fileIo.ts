// The few file operations the archive and the settings need, so a test can make one fail
// (a full disk, a pulled-out stick) the way the real ones do. The default is node:fs with fsync.
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';

export interface FileIo {
  isDirectory(path: string): Promise<boolean>;
  mkdir(path: string): Promise<void>;
  /** Writes and fsyncs a new file; fails if it exists. */
  writeNew(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Makes a rename in the folder durable (a no-op where folders cannot be opened). */
  syncDir(path: string): Promise<void>;
  /** The bytes, or undefined when the file does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  remove(path: string): Promise<void>;
}

const missing = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

export const nodeFileIo: FileIo = {
  async isDirectory(path) {
    try {
      return (await stat(path)).isDirectory();
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  },
  async mkdir(path) {
    await mkdir(path, { recursive: true });
  },
  async writeNew(path, bytes) {
    const file = await open(path, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
  },
  rename,
  async syncDir(path) {
    if (process.platform === 'win32') return;
    const dir = await open(path, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  },
  async read(path) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  },
  async remove(path) {
    await rm(path, { force: true });
  },
};
