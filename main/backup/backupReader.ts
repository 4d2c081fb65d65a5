// Reads the backup folder: the list of backups (from their names, newest first) and one backup's
// plain stream (age-decrypted with the device's key, then gunzipped). `verifyBackup` reads a
// backup to its end through the shared decoder, so a truncated, altered, foreign or too new
// file is refused before a restore replaces anything; the renderer checks the stream again.
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Decrypter } from 'age-encryption';
import { decodeBackup, type BackupExpectation } from '../../shared/backup/decoder';
import {
  BACKUP_CHUNK_BYTES,
  type BackupCounts,
  type BackupHeader,
} from '../../shared/backup/format';
import { backupMessages as formatMessages } from '../../shared/backup/messages';
import { joinedChunks } from '../../shared/backup/chunker';
import type { FileIo } from '../files/fileIo';
import { parseBackupFileName } from './backupFiles';
import { fail, fileFailureOf, readFailureOf, type BackupResult } from './failures';
import { backupMessages as m } from './messages';
import { chunksOf, streamOf } from './streams';

export interface BackupListing {
  fileName: string;
  office: string;
  /** ISO instant from the file name. */
  createdAt: string;
  bytes: number;
}

/** Every backup in the folder, newest first; other files are left out. */
export async function listBackups(dir: string, io: FileIo): Promise<BackupResult<BackupListing[]>> {
  try {
    if (!(await io.isDirectory(dir))) return fail('unreachable', m.unreachable(dir), true);
    const listings = (await io.listFiles(dir)).flatMap(({ name, bytes }) => {
      const info = parseBackupFileName(name);
      if (!info) return [];
      return [
        { fileName: name, office: info.office, createdAt: info.createdAt.toISOString(), bytes },
      ];
    });
    listings.sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
    );
    return { ok: true, value: listings };
  } catch (error) {
    return fileFailureOf(error, dir);
  }
}

/** The backup's plain stream in chunks of about `BACKUP_CHUNK_BYTES`; throws on any damage. */
export async function* plainChunks(
  path: string,
  identity: string,
  io: FileIo,
): AsyncGenerator<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const gzipped = await decrypter.decrypt(streamOf(io.readPieces(path)));
  const gunzip = createGunzip();
  // An error on either side destroys gunzip with it, and reading gunzip throws it.
  pipeline(Readable.from(chunksOf(gzipped)), gunzip).catch(() => undefined);
  yield* joinedChunks(gunzip, BACKUP_CHUNK_BYTES);
}

export interface VerifiedBackup {
  header: BackupHeader;
  counts: BackupCounts;
}

/** Reads the whole backup and checks it; ok only when every row, count and hash matched. */
export async function verifyBackup(
  dir: string,
  fileName: string,
  identity: string,
  io: FileIo,
  expect: BackupExpectation = {},
): Promise<BackupResult<VerifiedBackup>> {
  let header: BackupHeader | undefined;
  let counts: BackupCounts | undefined;
  try {
    for await (const item of decodeBackup(plainChunks(join(dir, fileName), identity, io), expect)) {
      if (item.kind === 'header') header = item.header;
      if (item.kind === 'end') counts = item.counts;
    }
  } catch (error) {
    return readFailureOf(error, dir);
  }
  // The decoder ends with `end` or throws; this only satisfies the types.
  if (!header || !counts) return fail('truncated', formatMessages.truncated);
  return { ok: true, value: { header, counts } };
}
