// Main's answer to every platform method (shared/ipc.ts), composed from the plain-Node parts:
// settings file, printers, archive queue, device token and sync, backups and updates. Electron
// enters only through the injected pieces (dialogs, safeStorage, the updater, the sync's
// fetch), so the whole set runs in Node tests and in the e2e bridge exactly as in the app.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DesktopSettings } from '../shared/desktopSettings';
import type { FolderPurpose, IpcResult } from '../shared/ipc';
import type { FetchLike } from '../shared/sync/http/responses';
import type { ArchiveQueue } from './archive/archiveQueue';
import { makeRecoveryKey } from './backup/backupKey';
import { desktopMessages as m } from './desktopMessages';
import type { DeviceTokenStore } from './device/deviceToken';
import type { LoketHandlers } from './ipc';
import { pdfPaperSize } from './pdfPaperSize';
import { choosePrinter } from './printing/choosePrinter';
import { PrinterError, type Printer } from './printing/printer';
import { saveSettings, type LoadedSettings } from './settings/settings';
import { createSyncHandlers } from './sync/syncHandlers';

type BackupMethods =
  | 'backupBegin'
  | 'backupChunk'
  | 'backupFinish'
  | 'backupAbort'
  | 'listBackups'
  | 'openRestore'
  | 'readRestoreChunk'
  | 'closeRestore';

export type BackupHandlers = Pick<LoketHandlers, BackupMethods>;
export type UpdateHandlers = Pick<LoketHandlers, 'setBusy' | 'installUpdate'>;

export interface DesktopDeps {
  version: string;
  platform: NodeJS.Platform;
  settingsPath: string;
  /** The settings as loaded at start (with the notice of a file set aside). */
  loaded: LoadedSettings;
  onSettingsSaved(settings: DesktopSettings): void;
  chooseFolder(purpose: FolderPurpose): Promise<string | null>;
  printers: { platform: Printer; dialog?: Printer };
  archive: ArchiveQueue;
  deviceToken: DeviceTokenStore;
  /** How main reaches the sync server (Electron's `Session.fetch`); Node's fetch without. */
  syncFetch?: FetchLike;
  backups: BackupHandlers;
  updates: UpdateHandlers;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const fail = (message: string, retryable = false) => ({ ok: false, message, retryable }) as const;

export interface DesktopHandlers {
  handlers: LoketHandlers;
  settings(): DesktopSettings;
}

export function createDesktopHandlers(deps: DesktopDeps): DesktopHandlers {
  let settings = deps.loaded.settings;
  let notice = deps.loaded.notice;

  async function save(next: DesktopSettings) {
    const saved = await saveSettings(deps.settingsPath, next);
    if (!saved.ok) return fail(saved.message);
    settings = saved.settings;
    notice = null;
    deps.onSettingsSaved(settings);
    return ok(settings);
  }

  async function printPdf(request: Parameters<LoketHandlers['printPdf']>[0]) {
    const paperSize = pdfPaperSize(request.pdf);
    if (paperSize === null) return fail(m.unknownPaper);
    const choice = choosePrinter({
      settings,
      kind: request.letterKind,
      platform: deps.platform,
      backends: deps.printers,
      viaDialog: request.dialog,
    });
    if (!choice.ok) return fail(choice.message);
    const folder = await mkdtemp(join(tmpdir(), 'loket-cetak-'));
    try {
      const file = join(folder, 'surat.pdf');
      await writeFile(file, request.pdf);
      const printed = await choice.printer.print({
        file,
        printer: choice.printerName,
        copies: request.copies,
        paperSize,
        title: request.title,
      });
      if (printed.ok) {
        return ok({ printed: true, printer: choice.printerName || null, jobId: printed.jobId });
      }
      if (printed.code === 'cancelled') return ok({ printed: false, printer: null, jobId: null });
      return fail(printed.message, true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  const handlers: LoketHandlers = {
    appInfo: () =>
      Promise.resolve(ok({ version: deps.version, platform: deps.platform, desktop: true })),
    loadSettings: () => Promise.resolve(ok({ settings, notice })),
    saveSettings: save,
    chooseFolder: async (purpose) => ok(await deps.chooseFolder(purpose)),
    async listPrinters() {
      try {
        return ok(await deps.printers.platform.list());
      } catch (error) {
        if (error instanceof PrinterError) return fail(error.message, true);
        throw error;
      }
    },
    printPdf,
    async archiveLetter(letter, pdf) {
      const stored = await deps.archive.store(letter, pdf);
      return stored.ok ? ok(stored.value) : fail(stored.message, stored.retryable);
    },
    async readArchivedLetter(letter) {
      const read = await deps.archive.read(letter);
      if (read.ok) return ok(read.value);
      // Not archived (yet), no folder set, or the stick is out: the app's own copy serves.
      if (read.code === 'missing' || read.code === 'unreachable') return ok(null);
      return fail(read.message, read.retryable);
    },
    async deviceStatus() {
      const loaded = await deps.deviceToken.load();
      return loaded.ok ? ok({ enrolled: loaded.value !== null }) : fail(loaded.message);
    },
    async createRecoveryKey() {
      const key = await makeRecoveryKey();
      const saved = await save({
        ...settings,
        backup: { ...settings.backup, recoveryRecipient: key.recipient },
      });
      return saved.ok ? ok({ recoveryKey: key.identity }) : saved;
    },
    ...createSyncHandlers({
      deviceToken: deps.deviceToken,
      serverUrl: () => settings.serverUrl,
      async saveServerUrl(serverUrl) {
        const saved = await save({ ...settings, serverUrl });
        return saved.ok ? { ok: true } : { ok: false, message: saved.message };
      },
      ...(deps.syncFetch ? { fetch: deps.syncFetch } : {}),
    }),
    ...deps.backups,
    ...deps.updates,
  };
  return { handlers, settings: () => settings };
}
