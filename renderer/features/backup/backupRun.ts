// Backup and restore between the counter's database and main's backup folder: the database
// is streamed through the platform API a chunk at a time (never one giant string), and a
// restore is verified by main before the first chunk comes back and again by the import.
import type { BackupWritten } from '../../../shared/ipc';
import type { LoketDb } from '../../db/database';
import { exportDb } from '../../db/backup/exportDb';
import { importDb, restoreChunks } from '../../db/backup/importDb';
import { platform } from '../../platform/platform';

export type RunResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Writes a backup of the whole database; `onProgress` gets the bytes sent so far. */
export async function backupNow(
  db: LoketDb,
  office: string,
  onProgress: (bytes: number) => void = () => undefined,
): Promise<RunResult<BackupWritten>> {
  const api = platform();
  const begun = await api.backupBegin(office);
  if (!begun.ok) return begun;
  const { id } = begun.value;
  let sent = 0;
  try {
    for await (const chunk of exportDb(db, office)) {
      const taken = await api.backupChunk(id, chunk);
      if (!taken.ok) {
        await api.backupAbort(id);
        return taken;
      }
      sent += chunk.byteLength;
      onProgress(sent);
    }
  } catch (error) {
    await api.backupAbort(id);
    throw error;
  }
  return api.backupFinish(id);
}

/** Replaces the database with the backup `fileName`; nothing changes unless all of it is sound. */
export async function restoreBackup(
  db: LoketDb,
  fileName: string,
  options: {
    onProgress?: (bytes: number) => void;
    /** The office's recovery key, on a laptop whose own key did not make the backup. */
    recoveryKey?: string | null;
  } = {},
): Promise<RunResult<{ rows: number }>> {
  const { onProgress = () => undefined, recoveryKey = null } = options;
  const api = platform();
  const opened = await api.openRestore(fileName, recoveryKey);
  if (!opened.ok) return opened;
  const { id } = opened.value;
  let received = 0;
  const chunks = restoreChunks(async () => {
    const next = await api.readRestoreChunk(id);
    if (next.ok && next.value !== null) {
      received += next.value.byteLength;
      onProgress(received);
    }
    return next;
  });
  try {
    const imported = await importDb(db, chunks);
    if (!imported.ok) return imported;
    const rows = Object.values(imported.value.counts).reduce((sum, count) => sum + count, 0);
    return { ok: true, value: { rows } };
  } finally {
    await api.closeRestore(id);
  }
}
