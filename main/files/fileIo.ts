// The few file operations the archive, the settings and the backups need, so a test can make
// one fail (a full disk, a pulled-out stick) the way the real ones do. The default is node:fs
// with fsync.
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A new file written piece by piece (a backup is too large for one `writeNew`). */
export interface FileSink {
  write(bytes: Uint8Array): Promise<void>;
  /** Fsyncs and closes the file. */
  commit(): Promise<void>;
  /** Closes the file without syncing it, e.g. before removing what was written. */
  close(): Promise<void>;
}

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
  /** A new file to write piece by piece; fails if it exists. */
  createNew(path: string): Promise<FileSink>;
  /** The file's bytes piece by piece. */
  readPieces(path: string): AsyncIterable<Uint8Array>;
  /** The plain files in the folder with their sizes; fails when the folder is not there. */
  listFiles(path: string): Promise<Array<{ name: string; bytes: number }>>;
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
  async createNew(path) {
    const file = await open(path, 'wx');
    return {
      async write(bytes) {
        for (let offset = 0; offset < bytes.length;) {
          offset += (await file.write(bytes, offset)).bytesWritten;
        }
      },
      async commit() {
        try {
          await file.sync();
        } finally {
          await file.close();
        }
      },
      close: () => file.close(),
    };
  },
  readPieces: (path) => createReadStream(path, { highWaterMark: 256 * 1024 }),
  async listFiles(path) {
    const entries = await readdir(path, { withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile());
    return Promise.all(
      files.map(async ({ name }) => ({ name, bytes: (await stat(join(path, name))).size })),
    );
  },
};
