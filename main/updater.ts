// Updates of the desktop app through electron-updater, passed in as `UpdaterBackend` (its
// `autoUpdater` satisfies it), so this runs and is tested in plain Node. The app checks when it
// is online: at start, when the connection comes back and every few hours. A new version
// downloads in the background and is installed when Loket quits, never while a case form is
// open: the renderer says when it is busy, and "Pasang pembaruan sekarang" is offered only
// when it is not. A failed check (offline, server down) is logged and shown, never thrown.
import { updaterMessages as m } from './updaterMessages';

/** The part of electron-updater's `AppUpdater` this file uses. */
export interface UpdaterBackend {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<{
    isUpdateAvailable: boolean;
    updateInfo: { version: string };
  } | null>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterDeps {
  backend: UpdaterBackend;
  /** Whether the device has a connection now (Electron's `net.isOnline()`). */
  isOnline: () => boolean;
  /** Calls `listener` whenever the connection comes back; returns the unsubscribe. */
  onOnline: (listener: () => void) => () => void;
  /** Where a failed check goes besides the status (the main process log). */
  log: (message: string, error: unknown) => void;
  /** Time between checks while running; 4 hours by default. */
  intervalMs?: number;
  /** A returning connection checks again only this long after the last check; 10 minutes. */
  minGapMs?: number;
}

export type UpdateState =
  'idle' | 'offline' | 'checking' | 'up-to-date' | 'downloading' | 'downloaded' | 'error';

export interface UpdateStatus {
  state: UpdateState;
  /** The version downloaded and waiting to be installed, if any. */
  readyVersion: string | null;
  /** Whether "Pasang pembaruan sekarang" may be offered: a version is ready and no case is open. */
  canInstallNow: boolean;
  /** The line the app shows, in Bahasa Indonesia. */
  message: string;
  /** When the last check started (ms since the epoch), or null before the first. */
  checkedAt: number | null;
}

export interface Updater {
  /** Starts checking: now when online, then on every reconnect and every `intervalMs`. */
  start(): void;
  stop(): void;
  /** Checks now unless offline; a check already running is awaited, not doubled. */
  checkNow(): Promise<UpdateStatus>;
  /** The renderer opened (true) or closed (false) a case form. */
  setBusy(busy: boolean): void;
  /** Installs the ready version now (quits and restarts Loket), unless a case is open. */
  installNow(): { ok: true } | { ok: false; message: string };
  status(): UpdateStatus;
  /** Calls `listener` with every new status; returns the unsubscribe. */
  onStatus(listener: (status: UpdateStatus) => void): () => void;
}

/** Node's and Chromium's codes for a network that is not there or a server out of reach. */
const networkCodes = new RegExp(
  [
    '^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)$',
    '^net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION_\\w+|NETWORK_\\w+)',
    '^net::ERR_(ADDRESS_UNREACHABLE|TIMED_OUT|PROXY_CONNECTION_FAILED)',
  ].join('|'),
);

/** The message for a failed check or download, from electron-updater's error. */
export function updateErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const status =
    error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number'
      ? error.statusCode
      : undefined;
  if (networkCodes.test(code) || networkCodes.test(detail.split(/\s/)[0] ?? '')) {
    return m.serverUnreachable;
  }
  if (status !== undefined && status >= 400 && status < 500) return m.notOnServer(status);
  if (status !== undefined && status >= 500) return m.serverFailed(status);
  if (/checksum mismatch/i.test(detail)) return m.corrupt;
  return m.failed(detail);
}

export function createUpdater(deps: UpdaterDeps): Updater {
  const { backend, isOnline, onOnline, log } = deps;
  const intervalMs = deps.intervalMs ?? 4 * 60 * 60 * 1000;
  const minGapMs = deps.minGapMs ?? 10 * 60 * 1000;
  const listeners = new Set<(status: UpdateStatus) => void>();
  let state: UpdateState = 'idle';
  let message: string = m.idle;
  let readyVersion: string | null = null;
  let checkedAt: number | null = null;
  let busy = false;
  /**
   * electron-updater registers its install-on-quit handler right after `update-downloaded`,
   * and only if `autoInstallOnAppQuit` is true at that moment; it reads the flag again at quit.
   * So the flag stays true until the handler is there, and only then follows `busy`.
   */
  let quitHandlerAdded = false;
  let inFlight: Promise<UpdateStatus> | undefined;
  let lastError: unknown;
  let stopTimer: (() => void) | undefined;
  let stopOnline: (() => void) | undefined;

  backend.autoDownload = true;
  backend.autoInstallOnAppQuit = true;

  const status = (): UpdateStatus => ({
    state,
    readyVersion,
    canInstallNow: readyVersion !== null && !busy,
    message,
    checkedAt,
  });

  const readyMessage = (version: string) =>
    busy ? m.downloadedBusy(version) : m.downloaded(version);

  function set(next: UpdateState, nextMessage: string) {
    state = next;
    message = nextMessage;
    const current = status();
    for (const listener of listeners) listener(current);
  }

  function applyInstallOnQuit() {
    backend.autoInstallOnAppQuit = quitHandlerAdded ? !busy : true;
  }

  /**
   * electron-updater both rejects the check and emits `error` for one failure. Once a version
   * is ready, a failed later check changes nothing the person needs to know: only the log.
   */
  function failed(error: unknown) {
    if (error === lastError) return;
    lastError = error;
    log('update check failed', error);
    if (readyVersion === null) set('error', updateErrorMessage(error));
  }

  backend.on('update-downloaded', (info) => {
    readyVersion = info.version;
    set('downloaded', readyMessage(info.version));
    setImmediate(() => {
      quitHandlerAdded = true;
      applyInstallOnQuit();
    });
  });
  backend.on('error', failed);

  async function check(): Promise<UpdateStatus> {
    if (!isOnline()) {
      if (readyVersion === null) set('offline', m.offline);
      return status();
    }
    checkedAt = Date.now();
    if (readyVersion === null) set('checking', m.checking);
    try {
      const result = await backend.checkForUpdates();
      if (readyVersion !== null) set('downloaded', readyMessage(readyVersion));
      else if (result?.isUpdateAvailable) {
        set('downloading', m.downloading(result.updateInfo.version));
      } else set('up-to-date', m.upToDate);
    } catch (error) {
      failed(error);
    }
    return status();
  }

  function checkNow(): Promise<UpdateStatus> {
    inFlight ??= check().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  const checkQuietly = () => void checkNow();

  return {
    start() {
      if (stopTimer) return;
      const timer = setInterval(checkQuietly, intervalMs);
      timer.unref();
      stopTimer = () => clearInterval(timer);
      stopOnline = onOnline(() => {
        if (checkedAt === null || Date.now() - checkedAt >= minGapMs) checkQuietly();
      });
      checkQuietly();
    },

    stop() {
      stopTimer?.();
      stopOnline?.();
      stopTimer = undefined;
      stopOnline = undefined;
    },

    checkNow,

    setBusy(next: boolean) {
      busy = next;
      applyInstallOnQuit();
      const ready = state === 'downloaded' ? readyVersion : null;
      set(state, ready === null ? message : readyMessage(ready));
    },

    installNow() {
      if (readyVersion === null) return { ok: false, message: m.nothingToInstall };
      if (busy) return { ok: false, message: m.busy };
      backend.quitAndInstall(false, true);
      return { ok: true };
    },

    status,

    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
