// The Electron entry, run in Node against small fakes of the Electron objects it wires
// together (Electron itself cannot run here): the scheme is privileged before ready, the one
// window is secure and loads the app, every platform method is answered behind the gate.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loketMethods, methodChannel } from '../shared/ipc';

const fake = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const emitter = () => {
    const own = new Map<string, ((...args: unknown[]) => void)[]>();
    return {
      own,
      on(event: string, listener: (...args: unknown[]) => void) {
        own.set(event, [...(own.get(event) ?? []), listener]);
        return this;
      },
      once(event: string, listener: (...args: unknown[]) => void) {
        own.set(event, [...(own.get(event) ?? []), listener]);
        return this;
      },
    };
  };
  return {
    listeners,
    emitter,
    order: [] as string[],
    windows: [] as { options: Record<string, unknown>; url?: string; focused: number }[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    menu: undefined as unknown,
    userData: '',
  };
});

vi.mock('electron', () => {
  const app = {
    ...fake.emitter(),
    requestSingleInstanceLock: () => {
      fake.order.push('lock');
      return true;
    },
    whenReady: () => {
      fake.order.push('ready');
      return Promise.resolve();
    },
    getPath: () => fake.userData,
    getAppPath: () => fake.userData,
    getVersion: () => '0.1.0',
    isPackaged: false,
    quit: vi.fn(),
  };
  class BrowserWindow {
    private readonly events = fake.emitter();
    private readonly record: (typeof fake.windows)[number];
    readonly webContents = { send: vi.fn(), ...fake.emitter() };
    constructor(options: Record<string, unknown>) {
      this.record = { options, focused: 0 };
      fake.windows.push(this.record);
    }
    on(event: string, listener: () => void) {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      this.events.once(event, listener);
      return this;
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    show() {}
    focus() {
      this.record.focused += 1;
    }
    restore() {}
    isMinimized() {
      return false;
    }
  }
  const session = {
    fromPartition: () => ({ fetch: vi.fn() }),
    defaultSession: {
      ...fake.emitter(),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  return {
    app,
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (fake.menu = menu),
    },
    dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: {
      handle: (
        channel: string,
        listener: (event: unknown, ...args: unknown[]) => Promise<unknown>,
      ) => fake.handlers.set(channel, listener),
      removeHandler: (channel: string) => fake.handlers.delete(channel),
    },
    net: { isOnline: () => false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        fake.order.push(`privileged:${schemes.map((s) => s.scheme).join(',')}`),
      handle: (scheme: string) => fake.order.push(`handle:${scheme}`),
    },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      encryptStringAsync: vi.fn(),
      decryptStringAsync: vi.fn(),
    },
    session,
  };
});

vi.mock('electron-updater', () => ({
  default: {
    autoUpdater: {
      autoDownload: true,
      autoInstallOnAppQuit: true,
      checkForUpdates: () => Promise.resolve(null),
      quitAndInstall: vi.fn(),
      on: vi.fn(),
    },
  },
}));

fake.userData = mkdtempSync(join(tmpdir(), 'loket-main-'));
const electron = await import('electron');
await import('./index');

const appFrame = { senderFrame: { url: 'app://loket/index.html', parent: null } };

describe('the Electron entry', () => {
  it('makes app:// privileged and takes the single-instance lock before ready', () => {
    expect(fake.order.slice(0, 3)).toEqual(['privileged:app', 'lock', 'ready']);
  });

  it('opens one secure window on the app’s own page', async () => {
    await vi.waitFor(() => expect(fake.windows[0]?.url).toBe('app://loket/index.html'));
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: expect.stringMatching(/preload\.cjs$/),
    });
    expect(fake.order).toContain('handle:app');
    expect(fake.menu).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: 'Berkas' })]),
    );
  });

  it('answers every platform method, and only from the app’s own frame', async () => {
    await vi.waitFor(() => expect(fake.handlers.size).toBe(loketMethods.length));
    for (const method of loketMethods) expect(fake.handlers.has(methodChannel(method))).toBe(true);
    const appInfo = fake.handlers.get(methodChannel('appInfo'));
    expect(await appInfo?.(appFrame)).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, desktop: true },
    });
    const framed = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await appInfo?.(framed)).toMatchObject({ ok: false });
    const settings = fake.handlers.get(methodChannel('loadSettings'));
    expect(await settings?.(appFrame)).toMatchObject({
      ok: true,
      value: { settings: { version: 1, archiveDir: null }, notice: null },
    });
  });

  it('refuses to enrol when the system’s secret store is not there to keep the token', async () => {
    const enrol = fake.handlers.get(methodChannel('syncEnrol'));
    const request = {
      serverUrl: 'https://loket.mentawaikab.go.id',
      code: 'ABCD-EFGH-JKMN',
      label: 'Loket 1',
      officeId: null,
    };
    const answer = (await enrol?.(appFrame, request)) as {
      value: { failure: { message: string } };
    };
    expect(answer).toMatchObject({ ok: true, value: { ok: false, failure: { kind: 'device' } } });
    expect(answer.value.failure.message).toMatch(/token perangkat tidak disimpan/);
  });

  it('brings the window forward when Loket is started a second time', () => {
    const app = electron.app as unknown as ReturnType<typeof fake.emitter>;
    for (const listener of app.own.get('second-instance') ?? []) listener();
    expect(fake.windows[0]?.focused).toBe(1);
  });
});
