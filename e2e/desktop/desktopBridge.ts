// The desktop app in Chromium without Electron: the page gets a `window.loket` whose every
// call crosses to this Node process and into main's real handlers (main/desktopHandlers.ts,
// behind the real IPC gate of main/ipc.ts): the settings file, the CUPS printer, the archive
// queue, the backup service with its age encryption. Only Electron's own pieces are stand-ins:
// the IPC transport (Playwright's exposeFunction, with bytes sent as base64), safeStorage and
// the folder dialog.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannel, loketMethods, type LoketEvents, type PrintOutcome } from '../../shared/ipc';
import { fakeSafeStorage } from '../../test-support/fakeSafeStorage';
import { createArchiveQueue } from '../../main/archive/archiveQueue';
import { createBackupHandlers } from '../../main/backupHandlers';
import { createDesktopHandlers } from '../../main/desktopHandlers';
import { createDeviceTokenStore } from '../../main/device/deviceToken';
import { registerHandlers, type InvokeEventLike, type IpcMainLike } from '../../main/ipc';
import { createCupsPrinter } from '../../main/printing/cupsPrinter';
import { isAppFrame } from '../../main/security';
import { loadSettings } from '../../main/settings/settings';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/**
 * Uint8Array ↔ `{ $bytes: base64 }`, the only value JSON cannot carry across. Self-contained
 * (btoa and atob are in Node and the page alike), because the page gets it as source.
 */
function bytesCodec() {
  const toBase64 = (bytes: Uint8Array) => {
    let text = '';
    for (let at = 0; at < bytes.length; at += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    }
    return btoa(text);
  };
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const bytes = (value as { $bytes?: unknown }).$bytes;
      if (typeof bytes === 'string') return Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  return { encode, decode };
}

const { encode, decode } = bytesCodec();

/** Runs in the page before the app: the same object main/preload.ts exposes. */
function installShim(codec: typeof bytesCodec, methods: readonly string[]) {
  type Bridge = {
    __loketInvoke(channel: string, args: unknown): Promise<unknown>;
    __loketEmit?(channel: string, payload: unknown): void;
    loket?: unknown;
  };
  const page = window as unknown as Bridge;
  const { encode: encodeValue, decode: decodeValue } = codec();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  page.__loketEmit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  const api: Record<string, unknown> = Object.fromEntries(
    methods.map((method) => [
      method,
      async (...args: unknown[]) =>
        decodeValue(await page.__loketInvoke(`loket:${method}`, encodeValue(args))),
    ]),
  );
  api.on = (event: string, listener: (payload: unknown) => void) => {
    const channel = `loket-event:${event}`;
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  };
  page.loket = Object.freeze(api);
}

export interface DesktopBridge {
  root: string;
  archiveDir: string;
  backupDir: string;
  /** Sends one of main's events to the page. */
  emit<E extends keyof LoketEvents>(event: E, payload: LoketEvents[E]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Gives `page` the desktop platform before its first navigation. `printer` is the CUPS
 * queue to use as the default printer; the folder dialog answers with the bridge's own
 * archive and backup folders.
 */
export async function attachDesktopBridge(
  page: Page,
  options: {
    appOrigin: string;
    printer: string | null;
    /** Another laptop's bridge: this folder (another bridge's stick) is its backup folder. */
    backupDir?: string;
    /** Sees every answer of `printPdf` with the PDF it printed (the page is shown neither). */
    onPrinted?: (outcome: PrintOutcome, pdf: Uint8Array) => void;
  },
): Promise<DesktopBridge> {
  const root = await mkdtemp(join(tmpdir(), 'loket-desktop-e2e-'));
  const userData = join(root, 'userData');
  const archiveDir = join(root, 'arsip');
  const backupDir = join(root, 'flashdisk');
  await Promise.all(
    [userData, archiveDir, backupDir].map((dir) => mkdir(dir, { recursive: true })),
  );
  const settingsPath = join(userData, 'settings.json');
  const loaded = await loadSettings(settingsPath);
  const safeStorage = fakeSafeStorage().storage;
  const emitted: Promise<void>[] = [];

  const emit = async <E extends keyof LoketEvents>(event: E, payload: LoketEvents[E]) => {
    await page.evaluate(
      ([channel, body]) =>
        (window as unknown as { __loketEmit(c: string, p: unknown): void }).__loketEmit(
          channel,
          body,
        ),
      [eventChannel(event), payload] as const,
    );
  };
  // Main's events fire and forget; one that finds the page gone is no failure of the test.
  const fire = <E extends keyof LoketEvents>(event: E, payload: LoketEvents[E]) => {
    emitted.push(emit(event, payload).catch(() => undefined));
  };
  const notify = (message: string) => fire('notice', { message });

  // Read at each call, after `desktop` below exists.
  const settings = () => desktop.settings();
  const backups = createBackupHandlers({
    keyPath: join(userData, 'kunci-cadangan.bin'),
    safeStorage,
    settings,
    requestBackup: () => fire('backupDue', { office: null }),
    notify,
    log: () => undefined,
  });
  const cups = createCupsPrinter();
  const desktop = createDesktopHandlers({
    version: 'e2e',
    platform: 'linux',
    settingsPath,
    loaded: {
      settings: {
        ...loaded.settings,
        defaultPrinter: options.printer,
        ...(options.backupDir
          ? { backup: { ...loaded.settings.backup, dir: options.backupDir } }
          : {}),
      },
      notice: loaded.notice,
    },
    onSettingsSaved: () => backups.reschedule(),
    chooseFolder: (purpose) => Promise.resolve(purpose === 'archive' ? archiveDir : backupDir),
    printers: { platform: cups },
    archive: createArchiveQueue({
      archiveDir: () => settings().archiveDir,
      pendingDir: join(userData, 'arsip-menunggu'),
    }),
    deviceToken: createDeviceTokenStore(join(userData, 'token-perangkat.bin'), safeStorage),
    backups: backups.handlers,
    updates: {
      setBusy: () => Promise.resolve({ ok: true, value: null }),
      installUpdate: () => Promise.resolve({ ok: true, value: null }),
    },
  });

  const channels = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => channels.set(channel, listener),
    removeHandler: (channel) => channels.delete(channel),
  };
  const { handlers } = desktop;
  const printPdf: typeof handlers.printPdf = async (request) => {
    const answer = await handlers.printPdf(request);
    if (answer.ok) options.onPrinted?.(answer.value, request.pdf);
    return answer;
  };
  const unregister = registerHandlers(
    ipcMain,
    { ...handlers, printPdf },
    {
      isTrustedSender: (event) => isAppFrame(event.senderFrame, options.appOrigin),
      log: (message, error) => console.error(message, error ?? ''),
    },
  );
  await page.exposeFunction('__loketInvoke', async (channel: string, args: unknown) => {
    const listener = channels.get(channel);
    if (!listener) throw new Error(`no handler on ${channel}`);
    const frame = { url: page.url(), parent: null };
    return encode(await listener({ senderFrame: frame }, ...(decode(args) as unknown[])));
  });
  await page.addInitScript(
    `(${installShim.toString()})(${bytesCodec.toString()}, ${JSON.stringify(loketMethods)});`,
  );
  await backups.start();

  return {
    root,
    archiveDir,
    backupDir,
    emit,
    async close() {
      backups.stop();
      unregister();
      await Promise.all(emitted);
      await rm(root, { recursive: true, force: true });
    },
  };
}
