// The platform API: everything the renderer asks of the platform it runs on. In Electron,
// main/preload.ts exposes exactly this object as `window.loket` and main/ipc.ts answers each
// method on its own channel; in browser mode renderer/platform/web.ts implements it. The
// argument schemas live in ipcSchemas.ts, so the preload bundle carries only these names.
import type { DesktopSettings } from './desktopSettings';
import type { NumberBlock } from './numbering/blocks';
import type { LetterKind } from './standards/schema';
import type { PushResponse } from './sync/push';
import type { SyncAnswer, SyncCallFailure } from './sync/syncAnswer';
import type { BlobUploadState, NumberBlockRequest } from './sync/transport';

/** Every answer: the value, or why not in Indonesian (`retryable`: the same call may work later). */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; message: string; retryable: boolean };

export interface AppInfo {
  version: string;
  /** `process.platform` of the desktop, `web` in browser mode. */
  platform: string;
  /** Whether main, printers, the archive folder and backups are there (Electron). */
  desktop: boolean;
}

export interface PrinterEntry {
  name: string;
  description: string;
  isDefault: boolean;
}

/** A PDF to print; main reads its paper size (F4 or A4) from the PDF's own first page. */
export interface PrintRequest {
  pdf: Uint8Array;
  /** Picks the printer from the settings (`printers[kind]`, else the default printer). */
  letterKind: LetterKind;
  copies: number;
  /** The job's name in the print queue, e.g. the letter number. */
  title: string;
  /** Show the system print dialog instead of printing silently. */
  dialog: boolean;
}

export interface PrintOutcome {
  /** False when the person closed the print dialog without printing. */
  printed: boolean;
  printer: string | null;
  /** The print system's job id; null when nothing was queued (cancelled, browser mode). */
  jobId: string | null;
}

export interface ArchivedLetterRef {
  number: string;
  /** `YYYY-MM-DD`. */
  issuedOn: string;
  sha256: string;
}

export interface ArchiveOutcome {
  /** Where the PDF is, or null when no archive folder is set. */
  path: string | null;
  /** False: the folder could not be written now; main keeps the PDF and tries again. */
  stored: boolean;
  /** Why it is waiting, in Indonesian; null when stored. */
  problem: string | null;
}

export interface BackupEntry {
  fileName: string;
  /** ISO time the backup was made. */
  createdAt: string;
  bytes: number;
}

export interface BackupWritten {
  fileName: string;
  bytes: number;
}

export interface RestoreOpened {
  id: string;
  createdAt: string;
  dbVersion: number;
}

export interface DeviceStatus {
  enrolled: boolean;
}

export type FolderPurpose = 'archive' | 'backup';

/** The desktop's enrolment with the sync server, as the person typed it. */
export interface SyncEnrolRequest {
  /** The office server, e.g. `https://loket.mentawaikab.go.id`. */
  serverUrl: string;
  /** The office admin's one-time code. */
  code: string;
  /** What the office calls this laptop. */
  label: string;
  /** The office this counter belongs to (a code of another is refused); null: joining one. */
  officeId: string | null;
}

/** What main tells the renderer of an enrolment: everything but the token, which main keeps. */
export interface DesktopEnrolment {
  deviceId: string;
  officeId: string;
  label: string;
  serverUrl: string;
}

/**
 * One pull response's text (at most `limit` records, see shared/sync/pull.ts): IPC cannot
 * stream. `brokeOff`: the response broke off after `text` (the pages it completed still count).
 */
export interface PulledText {
  text: string;
  brokeOff: SyncCallFailure | null;
}

export interface LoketMethods {
  appInfo(): AppInfo;
  loadSettings(): { settings: DesktopSettings; notice: string | null };
  saveSettings(settings: DesktopSettings): DesktopSettings;
  chooseFolder(purpose: FolderPurpose): string | null;
  listPrinters(): PrinterEntry[];
  printPdf(request: PrintRequest): PrintOutcome;
  archiveLetter(letter: ArchivedLetterRef, pdf: Uint8Array): ArchiveOutcome;
  /** The archived PDF, checked against the letter; null when the archive does not hold it. */
  readArchivedLetter(letter: ArchivedLetterRef): Uint8Array | null;
  backupBegin(office: string): { id: string };
  backupChunk(id: string, bytes: Uint8Array): null;
  backupFinish(id: string): BackupWritten;
  backupAbort(id: string): null;
  listBackups(): BackupEntry[];
  /** `recoveryKey`: the office's recovery key typed from paper, on a laptop that did not make it. */
  openRestore(fileName: string, recoveryKey: string | null): RestoreOpened;
  readRestoreChunk(id: string): Uint8Array | null;
  closeRestore(id: string): null;
  /**
   * Makes the office's recovery key: later backups can also be opened with it. Main keeps only
   * the public half (in the settings); the secret half is shown once, for the admin to keep.
   */
  createRecoveryKey(): { recoveryKey: string };
  deviceStatus(): DeviceStatus;
  /**
   * Enrols this laptop with the server the person typed: main keeps the address (settings)
   * and the token (sealed), and answers without the token. The `sync…` calls below are the
   * sync transport (shared/sync/transport.ts) over main, each answering with the value or
   * the failure in the engine's terms (shared/sync/syncAnswer.ts).
   */
  syncEnrol(request: SyncEnrolRequest): SyncAnswer<DesktopEnrolment>;
  syncPush(gzipBody: Uint8Array): SyncAnswer<PushResponse>;
  syncPull(query: { cursor?: string; limit?: number }): SyncAnswer<PulledText>;
  syncNumberBlock(request: NumberBlockRequest): SyncAnswer<NumberBlock>;
  syncBlobState(sha256: string): SyncAnswer<BlobUploadState>;
  syncPutBlob(
    sha256: string,
    chunk: Uint8Array,
    start: number,
    total: number,
  ): SyncAnswer<BlobUploadState>;
  syncRegisterKey(key: { keyId: string; publicKey: string; createdAt: string }): SyncAnswer<null>;
  /** Whether the server answers at all (`GET /health`); false when not enrolled. */
  syncProbe(): boolean;
  /** The key that signs this device's USB-stick bundles (shared/sync/bundle.ts), not the token. */
  syncBundleKey(): Uint8Array;
  /** A scan or letter PDF another counter uploaded, from the server. */
  syncGetBlob(sha256: string): SyncAnswer<Uint8Array>;
  /** Another counter's USB bundle handed on to the server; the answer is its return bundle. */
  syncRelayBundle(bundle: Uint8Array): SyncAnswer<Uint8Array>;
  /** A case is open on screen: an update is never installed meanwhile. */
  setBusy(busy: boolean): null;
  installUpdate(): null;
}

export type LoketMethod = keyof LoketMethods;

/** What main tells the renderer without being asked. */
export interface LoketEvents {
  /** The schedule says a backup is due: the renderer streams the database to `backupBegin`. */
  backupDue: { office: string | null };
  /** Something a person should read (settings set aside, a backup that failed and is retried). */
  notice: { message: string };
  /** An update was downloaded; it installs when the app is closed. */
  updateReady: { version: string };
}

export type LoketEvent = keyof LoketEvents;

export type LoketApi = {
  [K in LoketMethod]: (
    ...args: Parameters<LoketMethods[K]>
  ) => Promise<IpcResult<ReturnType<LoketMethods[K]>>>;
} & {
  on<E extends LoketEvent>(event: E, listener: (payload: LoketEvents[E]) => void): () => void;
};

/** Every method, in one list the preload builds its object from. */
export const loketMethods = [
  'appInfo',
  'loadSettings',
  'saveSettings',
  'chooseFolder',
  'listPrinters',
  'printPdf',
  'archiveLetter',
  'readArchivedLetter',
  'backupBegin',
  'backupChunk',
  'backupFinish',
  'backupAbort',
  'listBackups',
  'openRestore',
  'readRestoreChunk',
  'closeRestore',
  'createRecoveryKey',
  'deviceStatus',
  'syncEnrol',
  'syncPush',
  'syncPull',
  'syncNumberBlock',
  'syncBlobState',
  'syncPutBlob',
  'syncRegisterKey',
  'syncProbe',
  'syncBundleKey',
  'syncGetBlob',
  'syncRelayBundle',
  'setBusy',
  'installUpdate',
] as const satisfies readonly LoketMethod[];

export const loketEvents = [
  'backupDue',
  'notice',
  'updateReady',
] as const satisfies readonly LoketEvent[];

export const methodChannel = (method: LoketMethod) => `loket:${method}`;
export const eventChannel = (event: LoketEvent) => `loket-event:${event}`;
