// The Electron main process: the one place that imports Electron at run time. It wires the
// plain-Node parts (settings, printers, archive, backups, device token and sync, updates) to
// Electron's objects, opens the one window and answers the renderer's platform calls. Built by
// scripts/build-main.mjs into dist-electron/main.cjs.
import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  net,
  protocol,
  safeStorage,
  session,
} from 'electron';
import electronUpdater from 'electron-updater';
import { eventChannel, type LoketEvent, type LoketEvents } from '../shared/ipc';
import { createArchiveQueue } from './archive/archiveQueue';
import { appEntryUrl, appOrigin, registerAppScheme, serveApp } from './appProtocol';
import { createBackupHandlers } from './backupHandlers';
import { createDesktopHandlers } from './desktopHandlers';
import { desktopMessages as m } from './desktopMessages';
import { createDeviceTokenStore } from './device/deviceToken';
import { registerHandlers } from './ipc';
import { applicationMenuTemplate } from './menu';
import { createPlatformPrinter } from './printing/choosePrinter';
import { createDialogPrinter } from './printing/dialogPrinter';
import { createElectronDialogHost } from './printing/electronDialogHost';
import type { PdfToPrinter } from './printing/windowsPrinter';
import { hardenAllContents, hardenSession, isAppFrame } from './security';
import { loadSettings } from './settings/settings';
import { chromiumFetch } from './sync/chromiumFetch';
import { createUpdater } from './updater';
import { createMainWindow, singleInstance } from './window';

const archiveRetryMs = 5 * 60 * 1000;
/**
 * The in-memory session main's sync requests go through: not the window's, whose requests
 * outside the app are all cancelled (security.ts `hardenSession`).
 */
const syncPartition = 'loket-sinkron';
const onlinePollMs = 30 * 1000;

let mainWindow: BrowserWindow | null = null;

const log = (message: string, error?: unknown) =>
  error === undefined
    ? console.log(`[loket] ${message}`)
    : console.error(`[loket] ${message}`, error);

function send<E extends LoketEvent>(event: E, payload: LoketEvents[E]): void {
  mainWindow?.webContents.send(eventChannel(event), payload);
}

/** Electron has no "online" event in main: the connection is polled and a return reported. */
function onOnline(listener: () => void): () => void {
  let online = net.isOnline();
  const timer = setInterval(() => {
    const now = net.isOnline();
    if (now && !online) listener();
    online = now;
  }, onlinePollMs);
  return () => clearInterval(timer);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settingsPath = join(userData, 'settings.json');
  const loaded = await loadSettings(settingsPath);
  if (loaded.notice) log(loaded.notice);

  hardenSession(session.defaultSession, appOrigin);
  serveApp(protocol, join(app.getAppPath(), 'dist', 'renderer'));
  const syncSession = session.fromPartition(syncPartition, { cache: false });

  const pdfToPrinter =
    process.platform === 'win32' ? ((await import('pdf-to-printer')) as PdfToPrinter) : undefined;
  const platformPrinter = createPlatformPrinter(process.platform, {
    ...(pdfToPrinter ? { pdfToPrinter } : {}),
    ...(app.isPackaged ? { resourcesPath: process.resourcesPath } : {}),
  });
  const dialogPrinter = createDialogPrinter(createElectronDialogHost({ BrowserWindow }), () =>
    platformPrinter.list(),
  );

  const updater = createUpdater({
    backend: electronUpdater.autoUpdater,
    isOnline: () => net.isOnline(),
    onOnline,
    log,
  });
  updater.onStatus((status) => {
    if (status.state === 'downloaded' && status.readyVersion) {
      send('updateReady', { version: status.readyVersion });
    }
  });

  // Read at each call, after `desktop` below exists.
  const currentSettings = () => desktop.settings();
  const archive = createArchiveQueue({
    archiveDir: () => currentSettings().archiveDir,
    pendingDir: join(userData, 'arsip-menunggu'),
  });
  const retryArchive = async () => {
    const report = await archive.retry();
    if (report.archived > 0) send('notice', { message: m.archiveRetried(report.archived) });
    for (const message of report.refused) send('notice', { message });
  };
  const backups = createBackupHandlers({
    keyPath: join(userData, 'kunci-cadangan.bin'),
    safeStorage,
    settings: currentSettings,
    requestBackup: () => send('backupDue', { office: null }),
    notify: (message) => send('notice', { message }),
    log,
  });

  const desktop = createDesktopHandlers({
    version: app.getVersion(),
    platform: process.platform,
    settingsPath,
    loaded,
    onSettingsSaved: () => {
      backups.reschedule();
      void retryArchive().catch((error: unknown) => log('archive retry failed', error));
    },
    chooseFolder: async (purpose) => {
      const options: Electron.OpenDialogOptions = {
        title: m.folderTitle[purpose],
        properties: ['openDirectory', 'createDirectory'],
      };
      const chosen = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    printers: { platform: platformPrinter, dialog: dialogPrinter },
    archive,
    deviceToken: createDeviceTokenStore(join(userData, 'token-perangkat.bin'), safeStorage),
    syncFetch: chromiumFetch((url, init) => syncSession.fetch(url, init)),
    backups: backups.handlers,
    updates: {
      setBusy: (busy) => {
        updater.setBusy(busy);
        return Promise.resolve({ ok: true, value: null });
      },
      installUpdate: () => {
        const installed = updater.installNow();
        return Promise.resolve(
          installed.ok
            ? { ok: true, value: null }
            : { ok: false, message: installed.message, retryable: true },
        );
      },
    },
  });

  registerHandlers(ipcMain, desktop.handlers, {
    isTrustedSender: (event) => isAppFrame(event.senderFrame as never, appOrigin),
    log,
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        isPackaged: app.isPackaged,
        version: app.getVersion(),
        showMessageBox: (options) =>
          mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
      }),
    ),
  );

  const opened = createMainWindow({
    BrowserWindow,
    preloadPath: join(__dirname, 'preload.cjs'),
    devTools: !app.isPackaged,
    url: appEntryUrl,
  });
  mainWindow = opened.window;
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await opened.loaded;
  if (loaded.notice) send('notice', { message: loaded.notice });

  setInterval(() => {
    void retryArchive().catch((error: unknown) => log('archive retry failed', error));
  }, archiveRetryMs);
  void retryArchive().catch((error: unknown) => log('archive retry failed', error));
  await backups.start();
  // An unpackaged build has no update feed (app-update.yml comes with the installer).
  if (app.isPackaged) updater.start();
}

registerAppScheme(protocol);
if (singleInstance(app, () => mainWindow)) {
  hardenAllContents(app, appOrigin);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('Loket could not start', error);
      dialog.showErrorBox(m.startFailed, String(error));
      app.quit();
    });
}
