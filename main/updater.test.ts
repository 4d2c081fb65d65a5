// The updater with a stand-in for electron-updater that behaves like its BaseUpdater: it emits
// `update-downloaded`, then adds its install-on-quit handler only if `autoInstallOnAppQuit` is
// true, and at quit installs only if the flag is still true.
import { EventEmitter } from 'node:events';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  createUpdater,
  updateErrorMessage,
  type UpdaterBackend,
  type UpdateStatus,
} from './updater';
import { updaterMessages as m } from './updaterMessages';

class FakeUpdater extends EventEmitter implements UpdaterBackend {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  installs: string[] = [];
  quitAndInstallCalls = 0;
  /** What the next checks do: a version to offer, null for none, or an error. */
  next: (string | null | Error)[] = [];
  private quitHandler: (() => void) | undefined;
  private pending: string | undefined;

  async checkForUpdates() {
    this.checks += 1;
    const answer = this.next.shift() ?? null;
    if (answer instanceof Error) {
      this.emit('error', answer);
      throw answer;
    }
    if (answer === null) return { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } };
    this.pending = answer;
    return { isUpdateAvailable: true, updateInfo: { version: answer } };
  }

  /** The background download ends. */
  finishDownload() {
    const version = this.pending ?? '';
    this.emit('update-downloaded', { version, downloadedFile: `Loket-Setup-${version}.exe` });
    if (this.autoInstallOnAppQuit && !this.quitHandler) {
      this.quitHandler = () => {
        if (this.autoInstallOnAppQuit) this.installs.push(version);
      };
    }
  }

  /** The person quits Loket. */
  quit() {
    this.quitHandler?.();
  }

  quitAndInstall() {
    this.quitAndInstallCalls += 1;
  }
}

function setUp(options: { online?: boolean } = {}) {
  const backend = new FakeUpdater();
  let online = options.online ?? true;
  const reconnect = new Set<() => void>();
  const logged: unknown[] = [];
  const updater = createUpdater({
    backend,
    isOnline: () => online,
    onOnline: (listener) => {
      reconnect.add(listener);
      return () => reconnect.delete(listener);
    },
    log: (_message, error) => logged.push(error),
    intervalMs: 60 * 60 * 1000,
    minGapMs: 10 * 60 * 1000,
  });
  const goOnline = () => {
    online = true;
    for (const listener of reconnect) listener();
  };
  return { backend, updater, logged, goOnline, reconnect };
}

/** Lets pending promises and `setImmediate` callbacks run under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the updater', () => {
  it('takes electron-updater’s AppUpdater', () => {
    expectTypeOf<AppUpdater>().toExtend<UpdaterBackend>();
  });

  it('downloads in the background and installs on quit', async () => {
    const { backend, updater } = setUp();
    backend.next = ['0.2.0'];
    updater.start();
    await settle();
    expect(backend.autoDownload).toBe(true);
    expect(updater.status()).toMatchObject({
      state: 'downloading',
      message: m.downloading('0.2.0'),
    });
    backend.finishDownload();
    await settle();
    expect(updater.status()).toMatchObject({
      state: 'downloaded',
      readyVersion: '0.2.0',
      canInstallNow: true,
      message: m.downloaded('0.2.0'),
    });
    backend.quit();
    expect(backend.installs).toEqual(['0.2.0']);
    updater.stop();
  });

  it('never installs while a case is open, and installs on a later quit', async () => {
    const { backend, updater } = setUp();
    backend.next = ['0.2.0'];
    updater.setBusy(true);
    await updater.checkNow();
    backend.finishDownload();
    await settle();
    expect(updater.status()).toMatchObject({
      canInstallNow: false,
      message: m.downloadedBusy('0.2.0'),
    });
    expect(updater.installNow()).toEqual({ ok: false, message: m.busy });
    expect(backend.quitAndInstallCalls).toBe(0);
    backend.quit();
    expect(backend.installs).toEqual([]);
    updater.setBusy(false);
    expect(updater.status().canInstallNow).toBe(true);
    backend.quit();
    expect(backend.installs).toEqual(['0.2.0']);
  });

  it('installs now on request only when a version is ready and no case is open', async () => {
    const { backend, updater } = setUp();
    expect(updater.installNow()).toEqual({ ok: false, message: m.nothingToInstall });
    backend.next = ['0.2.0'];
    await updater.checkNow();
    backend.finishDownload();
    await settle();
    expect(updater.installNow()).toEqual({ ok: true });
    expect(backend.quitAndInstallCalls).toBe(1);
  });

  it('tells every status to its listeners', async () => {
    const { backend, updater } = setUp();
    const seen: UpdateStatus[] = [];
    const unsubscribe = updater.onStatus((status) => seen.push(status));
    backend.next = [null];
    await updater.checkNow();
    unsubscribe();
    await updater.checkNow();
    expect(seen.map((status) => status.state)).toEqual(['checking', 'up-to-date']);
  });

  it('waits offline and checks when the connection comes back', async () => {
    const { backend, updater, goOnline } = setUp({ online: false });
    updater.start();
    await settle();
    expect(backend.checks).toBe(0);
    expect(updater.status()).toMatchObject({ state: 'offline', message: m.offline });
    goOnline();
    await settle();
    expect(backend.checks).toBe(1);
    expect(updater.status().state).toBe('up-to-date');
    goOnline();
    await settle();
    expect(backend.checks).toBe(1);
    updater.stop();
  });

  it('checks again every interval while running, and not after stop', async () => {
    const { backend, updater, reconnect } = setUp();
    updater.start();
    await settle();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000);
    expect(backend.checks).toBe(3);
    updater.stop();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000);
    expect(backend.checks).toBe(3);
    expect(reconnect.size).toBe(0);
  });

  it('does not start a second check while one runs', async () => {
    const { backend, updater } = setUp();
    await Promise.all([updater.checkNow(), updater.checkNow()]);
    expect(backend.checks).toBe(1);
  });

  it('logs and reports a server that is down, once, and keeps going', async () => {
    const { backend, updater, logged } = setUp();
    const down = Object.assign(new Error('getaddrinfo ENOTFOUND updates.dinsos.example'), {
      code: 'ENOTFOUND',
    });
    backend.next = [down, '0.2.0'];
    expect(await updater.checkNow()).toMatchObject({
      state: 'error',
      message: m.serverUnreachable,
    });
    expect(logged).toEqual([down]);
    expect(await updater.checkNow()).toMatchObject({ state: 'downloading' });
  });

  it('keeps a ready version when a later check fails, and only logs the failure', async () => {
    const { backend, updater, logged } = setUp();
    backend.next = ['0.2.0', new Error('HttpError: 503')];
    await updater.checkNow();
    backend.finishDownload();
    await settle();
    expect(await updater.checkNow()).toMatchObject({
      state: 'downloaded',
      readyVersion: '0.2.0',
      canInstallNow: true,
      message: m.downloaded('0.2.0'),
    });
    expect(logged).toHaveLength(1);
  });
});

describe('messages for failed updates', () => {
  it.each([
    ['no network', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), m.serverUnreachable],
    ['Chromium offline', new Error('net::ERR_INTERNET_DISCONNECTED'), m.serverUnreachable],
    [
      'a missing feed',
      Object.assign(new Error('HttpError: 404'), { statusCode: 404 }),
      m.notOnServer(404),
    ],
    [
      'a server error',
      Object.assign(new Error('HttpError: 502'), { statusCode: 502 }),
      m.serverFailed(502),
    ],
    ['a bad download', new Error('sha512 checksum mismatch, expected abc, got def'), m.corrupt],
    [
      'anything else',
      new Error('Cannot parse releaseNotes'),
      m.failed('Cannot parse releaseNotes'),
    ],
  ])('%s', (_, error, message) => {
    expect(updateErrorMessage(error)).toBe(message);
  });
});
