import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../shared/desktopSettings';
import { loketMethods, methodChannel, type IpcResult } from '../shared/ipc';
import { loketArgumentSchemas } from '../shared/ipcSchemas';
import {
  registerHandlers,
  type InvokeEventLike,
  type IpcMainLike,
  type LoketHandlers,
} from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const appFrame: InvokeEventLike = { senderFrame: { url: 'app://loket/index.html', parent: null } };
const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

/** Handlers that record what reached them. */
function recordingHandlers(calls: unknown[][]): LoketHandlers {
  return Object.fromEntries(
    loketMethods.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push([method, ...args]);
        if (method === 'saveSettings') throw new Error('disk is gone');
        return ok(null);
      },
    ]),
  ) as unknown as LoketHandlers;
}

function setUp() {
  const { ipcMain, handlers } = fakeIpcMain();
  const calls: unknown[][] = [];
  const logged: string[] = [];
  const remove = registerHandlers(ipcMain, recordingHandlers(calls), {
    isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://loket/') === true,
    log: (message) => logged.push(message),
  });
  const call = (method: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = handlers.get(methodChannel(method as 'appInfo'));
    if (!listener) throw new Error(`no handler for ${method}`);
    return listener(event, ...args);
  };
  return { handlers, calls, logged, remove, call };
}

describe('the IPC handlers', () => {
  it('have one argument schema and one channel per contract method', () => {
    expect(Object.keys(loketArgumentSchemas).sort()).toEqual([...loketMethods].sort());
    const { handlers, remove } = setUp();
    expect([...handlers.keys()].sort()).toEqual(loketMethods.map(methodChannel).sort());
    remove();
    expect(handlers.size).toBe(0);
  });

  it('pass valid arguments through to the handler', async () => {
    const { calls, call } = setUp();
    const answer = await call('chooseFolder', appFrame, 'backup');
    expect(answer).toEqual({ ok: true, value: null });
    expect(calls).toEqual([['chooseFolder', 'backup']]);
  });

  it('refuse a call from another frame before looking at it', async () => {
    const { calls, call, logged } = setUp();
    const framed = { senderFrame: { url: 'https://example.com/', parent: {} } };
    const answer = await call('listBackups', framed);
    expect(answer).toMatchObject({ ok: false, retryable: false });
    expect((answer as { message: string }).message).toMatch(/hanya halaman aplikasi Loket/);
    expect(calls).toEqual([]);
    expect(logged[0]).toMatch(/refused a call from https:\/\/example.com/);
    expect(await call('appInfo', { senderFrame: null })).toMatchObject({ ok: false });
  });

  it.each([
    ['a wrong type', 'setBusy', ['ya']],
    ['a missing argument', 'openRestore', []],
    ['an extra argument', 'appInfo', ['more']],
    ['a path as a chunk id', 'backupChunk', ['../../etc', new Uint8Array(1)]],
    [
      'a string as PDF bytes',
      'archiveLetter',
      [{ number: 'a', issuedOn: '2026-12-01', sha256: '0'.repeat(64) }, '%PDF-'],
    ],
    ['an unknown settings key', 'saveSettings', [{ ...defaultSettings, theme: 'gelap' }]],
    [
      'zero copies',
      'printPdf',
      [
        {
          pdf: new Uint8Array([1]),
          letterKind: 'rekomendasiApbd',
          copies: 0,
          title: 'x',
          dialog: false,
        },
      ],
    ],
  ])('refuse %s in Indonesian without calling the handler', async (_what, method, args) => {
    const { calls, call } = setUp();
    const answer = await call(method, appFrame, ...args);
    expect(answer).toMatchObject({ ok: false, retryable: false });
    expect((answer as { message: string }).message).toMatch(
      /^Permintaan ditolak karena datanya tidak sah: /,
    );
    expect(calls).toEqual([]);
  });

  it('answer a handler that throws with its error, and log it', async () => {
    const { call, logged } = setUp();
    const answer = await call('saveSettings', appFrame, defaultSettings);
    expect(answer).toEqual({
      ok: false,
      retryable: false,
      message: 'Terjadi kesalahan di aplikasi desktop: disk is gone',
    });
    expect(logged).toEqual(['ipc saveSettings: handler failed']);
  });
});
