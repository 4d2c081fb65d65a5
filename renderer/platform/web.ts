// Browser mode's implementation of the platform contract (shared/ipc.ts): a PDF opens in a
// new tab, where the browser's own viewer prints it; the PDF of every issued letter is kept
// in IndexedDB with the letter. Folders, printers, backups and sync through main belong to the
// desktop app, and asking for them here says so in Indonesian (browser mode syncs with fetch
// itself, renderer/sync/syncSession.ts).
import { version } from '../../package.json';
import type { IpcResult, LoketApi } from '../../shared/ipc';
import { platformLabels as labels } from './labels';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
const desktopOnly = (what: string): Promise<{ ok: false; message: string; retryable: false }> =>
  Promise.resolve({ ok: false, message: labels.desktopOnly(what), retryable: false });

/** Opens the PDF in a new tab, where the browser's viewer prints it. */
export function openPdf(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  // The tab has loaded the bytes by then; the URL is not needed any more.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const webPlatform: LoketApi = {
  appInfo: () => ok({ version: version, platform: 'web', desktop: false }),
  loadSettings: () => desktopOnly(labels.what.settings),
  saveSettings: () => desktopOnly(labels.what.settings),
  chooseFolder: () => desktopOnly(labels.what.folders),
  listPrinters: () => ok([]),
  printPdf: (request) => {
    openPdf(new Blob([request.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    return ok({ printed: true, printer: null, jobId: null });
  },
  archiveLetter: () => ok({ path: null, stored: false, problem: null }),
  readArchivedLetter: () => ok(null),
  backupBegin: () => desktopOnly(labels.what.backup),
  backupChunk: () => desktopOnly(labels.what.backup),
  backupFinish: () => desktopOnly(labels.what.backup),
  backupAbort: () => desktopOnly(labels.what.backup),
  listBackups: () => ok([]),
  openRestore: () => desktopOnly(labels.what.backup),
  readRestoreChunk: () => desktopOnly(labels.what.backup),
  closeRestore: () => desktopOnly(labels.what.backup),
  createRecoveryKey: () => desktopOnly(labels.what.backup),
  deviceStatus: () => ok({ enrolled: false }),
  syncEnrol: () => desktopOnly(labels.what.sync),
  syncPush: () => desktopOnly(labels.what.sync),
  syncPull: () => desktopOnly(labels.what.sync),
  syncNumberBlock: () => desktopOnly(labels.what.sync),
  syncBlobState: () => desktopOnly(labels.what.sync),
  syncPutBlob: () => desktopOnly(labels.what.sync),
  syncRegisterKey: () => desktopOnly(labels.what.sync),
  syncProbe: () => desktopOnly(labels.what.sync),
  syncBundleKey: () => desktopOnly(labels.what.sync),
  syncGetBlob: () => desktopOnly(labels.what.sync),
  syncRelayBundle: () => desktopOnly(labels.what.sync),
  setBusy: () => ok(null),
  installUpdate: () => desktopOnly(labels.what.update),
  // Main sends no events in browser mode.
  on: () => () => undefined,
};
