// A restore as both screens that offer one run it: progress as it goes, then the line to show,
// and a reload once the data is back, so every store reads the restored database.
import type { Message } from '../../components/MessageLine';
import { counterDb } from '../case/counterDb';
import { restoreBackup } from './backupRun';
import { backupLabels, fileSize } from './labels';

const labels = backupLabels.restore;

export async function restoreAndReload(
  fileName: string,
  options: { onProgress: (line: string) => void; recoveryKey?: string | null },
): Promise<Message> {
  try {
    const restored = await restoreBackup(counterDb(), fileName, {
      onProgress: (bytes) => options.onProgress(labels.restoring(fileSize(bytes))),
      recoveryKey: options.recoveryKey ?? null,
    });
    if (!restored.ok) return { text: restored.message, error: true };
    window.setTimeout(() => window.location.reload(), 1500);
    return { text: labels.restored(restored.value.rows), error: false };
  } catch (error) {
    return {
      text: backupLabels.failed(error instanceof Error ? error.message : String(error)),
      error: true,
    };
  }
}
