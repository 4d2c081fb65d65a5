import { EventEmitter } from 'node:events';
import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { secureWebPreferences } from './security';
import {
  createMainWindow,
  singleInstance,
  type MainWindow,
  type MainWindowDeps,
  type SingleInstanceApp,
} from './window';

class FakeWindow extends EventEmitter implements MainWindow {
  static created: FakeWindow[] = [];
  calls: string[] = [];
  loaded: string[] = [];
  minimized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }
  isMinimized() {
    return this.minimized;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
}

function fakeApp(locked: boolean) {
  return Object.assign(new EventEmitter(), {
    quits: 0,
    requestSingleInstanceLock: () => locked,
    quit() {
      this.quits += 1;
    },
  }) satisfies SingleInstanceApp;
}

describe('the narrow interfaces', () => {
  it('are met by the real Electron objects', () => {
    expectTypeOf<BrowserWindow>().toExtend<MainWindow>();
    expectTypeOf<{ BrowserWindow: typeof BrowserWindow }>().toExtend<
      Pick<MainWindowDeps<BrowserWindow>, 'BrowserWindow'>
    >();
    expectTypeOf<App>().toExtend<SingleInstanceApp>();
  });
});

describe('createMainWindow', () => {
  it('makes one hidden, secure window of a sensible size and loads the app', async () => {
    FakeWindow.created = [];
    const { window, loaded } = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/app/preload.cjs',
      devTools: false,
    });
    await loaded;
    expect(FakeWindow.created).toEqual([window]);
    expect(window.options).toEqual({
      title: 'Loket',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      backgroundColor: '#f2f5f8',
      show: false,
      webPreferences: secureWebPreferences('/app/preload.cjs', false),
    });
    expect(window.loaded).toEqual(['app://loket/index.html']);
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['show']);
  });

  it('has devtools when asked for and loads another page when told to', () => {
    const { window } = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/app/preload.cjs',
      devTools: true,
      url: 'app://loket/index.html#/pengaturan',
    });
    expect(window.options.webPreferences?.devTools).toBe(true);
    expect(window.loaded).toEqual(['app://loket/index.html#/pengaturan']);
  });

  it('passes on a page that could not be loaded', async () => {
    class BrokenWindow extends FakeWindow {
      override loadURL() {
        return Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
      }
    }
    const { loaded } = createMainWindow({
      BrowserWindow: BrokenWindow,
      preloadPath: '/app/preload.cjs',
      devTools: false,
    });
    await expect(loaded).rejects.toThrow('ERR_FILE_NOT_FOUND');
  });
});

describe('singleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(singleInstance(app, () => undefined)).toBe(false);
    expect(app.quits).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the window back when the app is started again', () => {
    const app = fakeApp(true);
    const window = new FakeWindow({});
    window.minimized = true;
    expect(singleInstance(app, () => window)).toBe(true);
    expect(app.quits).toBe(0);
    app.emit('second-instance', {}, ['loket.exe'], 'C:\\');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    app.emit('second-instance', {}, ['loket.exe'], 'C:\\');
    expect(window.calls).toEqual(['restore', 'show', 'focus', 'show', 'focus']);
  });

  it('ignores a second start before the window exists', () => {
    const app = fakeApp(true);
    singleInstance(app, () => null);
    expect(() => app.emit('second-instance', {}, [], '')).not.toThrow();
  });
});
