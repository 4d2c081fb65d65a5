// Main as the desktop app has it, for tests in plain Node: the real handlers
// (createDesktopHandlers, with the sync's) behind the real IPC gate (registerHandlers), and the
// preload's real `window.loket` (buildLoketApi) over a stand-in for Electron's IPC that
// structured-clones every argument and answer, as Electron does. Only Electron's own pieces are
// fakes: the IPC channel, safeStorage, the folder dialog.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestServer } from '../../server/testServer.test-helpers';
import { defaultSettings, type DesktopSettings } from '../../shared/desktopSettings';
import type { LoketApi } from '../../shared/ipc';
import { fakeSafeStorage } from '../../test-support/fakeSafeStorage';
import { appEntryUrl, appOrigin } from '../appProtocol';
import { createArchiveQueue } from '../archive/archiveQueue';
import {
  createDesktopHandlers,
  type BackupHandlers,
  type UpdateHandlers,
} from '../desktopHandlers';
import { createDeviceTokenStore } from '../device/deviceToken';
import { registerHandlers, type InvokeEventLike } from '../ipc';
import { buildLoketApi } from '../preloadApi';
import { isAppFrame } from '../security';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export interface DesktopMain {
  /** What the renderer has as `window.loket`. */
  api: LoketApi;
  /** The sealed token file in the app's data folder. */
  tokenPath: string;
  settingsPath: string;
  safeStorage: ReturnType<typeof fakeSafeStorage>['storage'];
  /** Main's settings as they stand. */
  settings: () => DesktopSettings;
  /** What main logged (a handler that threw, a refused call). */
  logged: string[];
  close(): Promise<void>;
}

/** The test server on a loopback port, as a counter reaches it; its address. */
export async function listening(server: TestServer): Promise<string> {
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

const unused = () => Promise.reject(new Error('not part of this test'));

export async function openDesktopMain(): Promise<DesktopMain> {
  const userData = await mkdtemp(join(tmpdir(), 'loket-desktop-sync-'));
  const tokenPath = join(userData, 'token-perangkat.bin');
  const settingsPath = join(userData, 'settings.json');
  const safeStorage = fakeSafeStorage().storage;
  const desktop = createDesktopHandlers({
    version: 'uji',
    platform: 'linux',
    settingsPath,
    loaded: { settings: defaultSettings, notice: null },
    onSettingsSaved: () => undefined,
    chooseFolder: () => Promise.resolve(null),
    printers: { platform: { list: unused, print: unused } },
    archive: createArchiveQueue({
      archiveDir: () => null,
      pendingDir: join(userData, 'arsip-menunggu'),
    }),
    deviceToken: createDeviceTokenStore(tokenPath, safeStorage),
    backups: {} as BackupHandlers,
    updates: {} as UpdateHandlers,
  });

  const channels = new Map<string, Listener>();
  const logged: string[] = [];
  const unregister = registerHandlers(
    {
      handle: (channel, listener) => channels.set(channel, listener),
      removeHandler: (channel) => channels.delete(channel),
    },
    desktop.handlers,
    {
      isTrustedSender: (event) => isAppFrame(event.senderFrame, appOrigin),
      log: (message, error) => logged.push(error === undefined ? message : `${message}: ${error}`),
    },
  );
  const appFrame: InvokeEventLike = { senderFrame: { url: appEntryUrl, parent: null } };
  const api = buildLoketApi({
    async invoke(channel, ...args) {
      const listener = channels.get(channel);
      if (!listener) throw new Error(`no handler on ${channel}`);
      return structuredClone(await listener(appFrame, ...structuredClone(args)));
    },
    on: () => undefined,
    removeListener: () => undefined,
  });

  return {
    api,
    tokenPath,
    settingsPath,
    safeStorage,
    settings: desktop.settings,
    logged,
    async close() {
      unregister();
      await rm(userData, { recursive: true, force: true });
    },
  };
}
