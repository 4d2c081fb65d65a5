import { EventEmitter } from 'node:events';
import type { App, Session, WebContents, WebFrameMain } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  hardenAllContents,
  hardenContents,
  hardenSession,
  isAllowedRequest,
  isAppFrame,
  secureWebPreferences,
  type ContentsCreatedSource,
  type PermissionDetails,
  type SecurableContents,
  type SecurableSession,
  type SenderFrame,
} from './security';

const appOrigin = 'app://loket';

/** An event that records whether its default was prevented. */
function event(url = '') {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

function fakeSession() {
  const handlers: {
    request?: Parameters<SecurableSession['setPermissionRequestHandler']>[0];
    check?: Parameters<SecurableSession['setPermissionCheckHandler']>[0];
    device?: () => boolean;
    beforeRequest?: Parameters<SecurableSession['webRequest']['onBeforeRequest']>[0];
  } = {};
  const emitter = new EventEmitter();
  const session = Object.assign(emitter, {
    setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
    webRequest: {
      onBeforeRequest: (listener: typeof handlers.beforeRequest) =>
        (handlers.beforeRequest = listener),
    },
  }) satisfies SecurableSession;
  hardenSession(session, appOrigin);
  const cancelled = (url: string) => {
    let response: { cancel: boolean } | undefined;
    handlers.beforeRequest?.({ url }, (answer) => (response = answer));
    return response?.cancel;
  };
  return { session, handlers, cancelled };
}

function fakeContents() {
  let openHandler: (() => { action: 'deny' }) | undefined;
  const contents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler: (handler: () => { action: 'deny' }) => (openHandler = handler),
  }) satisfies SecurableContents;
  return { contents, openWindow: () => openHandler?.() };
}

describe('the narrow interfaces', () => {
  it('are met by the real Electron objects', () => {
    expectTypeOf<Session>().toExtend<SecurableSession>();
    expectTypeOf<WebContents>().toExtend<SecurableContents>();
    expectTypeOf<WebFrameMain>().toExtend<SenderFrame>();
    expectTypeOf<App>().toExtend<ContentsCreatedSource>();
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      plugins: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      devTools: false,
    });
  });

  it('has devtools only when asked for', () => {
    expect(secureWebPreferences('/app/preload.cjs', true).devTools).toBe(true);
  });
});

describe('hardenSession', () => {
  const app = { isMainFrame: true, requestingUrl: 'app://loket/index.html#/permohonan-baru' };

  it('refuses every permission but the camera and persistent storage, and every device', () => {
    const { handlers } = fakeSession();
    for (const permission of [
      'notifications',
      'geolocation',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'hid',
      'usb',
      'serial',
      'openExternal',
      'fullscreen',
    ]) {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (answer) => (granted = answer), app);
      expect(granted, permission).toBe(false);
      expect(handlers.check?.({}, permission, 'app://loket', app), permission).toBe(false);
    }
    expect(handlers.device?.()).toBe(false);
  });

  it('grants the app the camera for scans, never the microphone', () => {
    const { handlers } = fakeSession();
    const request = (details: PermissionDetails) => {
      let granted: boolean | undefined;
      handlers.request?.({}, 'media', (answer) => (granted = answer), details);
      return granted;
    };
    expect(request({ ...app, mediaTypes: ['video'] })).toBe(true);
    expect(request({ ...app, mediaTypes: ['audio'] })).toBe(false);
    expect(request({ ...app, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request({ ...app, mediaTypes: [] })).toBe(false);
    expect(request(app)).toBe(false);
    expect(request({ ...app, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(
      request({ isMainFrame: true, requestingUrl: 'https://evil.example/', mediaTypes: ['video'] }),
    ).toBe(false);
    expect(handlers.check?.({}, 'media', 'app://loket', { ...app, mediaType: 'video' })).toBe(true);
    expect(handlers.check?.({}, 'media', 'app://loket', { ...app, mediaType: 'audio' })).toBe(
      false,
    );
    expect(handlers.check?.({}, 'media', 'app://loket', { ...app, mediaType: 'unknown' })).toBe(
      false,
    );
  });

  it('grants the app persistent storage, and no other origin', () => {
    const { handlers } = fakeSession();
    let granted: boolean | undefined;
    handlers.request?.({}, 'persistent-storage', (answer) => (granted = answer), app);
    expect(granted).toBe(true);
    expect(handlers.check?.({}, 'persistent-storage', 'app://loket', { isMainFrame: true })).toBe(
      true,
    );
    expect(
      handlers.check?.({}, 'persistent-storage', 'https://evil.example', { isMainFrame: true }),
    ).toBe(false);
    expect(handlers.check?.({}, 'persistent-storage', 'file://', { isMainFrame: true })).toBe(
      false,
    );
  });

  it('cancels every remote request and lets the app load its own files', () => {
    const { cancelled } = fakeSession();
    expect(cancelled('app://loket/index.html')).toBe(false);
    expect(cancelled('app://loket/assets/regions-abc123.json')).toBe(false);
    expect(cancelled('blob:app://loket/0b7f2a6c-8f0e-4c1e-9d55-0a1b2c3d4e5f')).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of [
      'https://loket.mentawaikab.go.id/v1/pull',
      'http://127.0.0.1:5173/',
      'wss://evil.example/socket',
      'ftp://files.example/x',
      'file:///C:/Windows/win.ini',
      'app://other/index.html',
      'not a url',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('prevents every download', () => {
    const { session } = fakeSession();
    const download = event();
    session.emit('will-download', download);
    expect(download.prevented).toBe(true);
  });
});

describe('isAllowedRequest', () => {
  it('allows a dev server origin when that is the app', () => {
    expect(isAllowedRequest('http://127.0.0.1:5173/main.tsx', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:5174/main.tsx', 'http://127.0.0.1:5173')).toBe(false);
  });
});

describe('hardenContents', () => {
  it('lets the page navigate within the app and nowhere else', () => {
    const { contents } = fakeContents();
    hardenContents(contents, appOrigin);
    const cases: [string, boolean][] = [
      ['app://loket/index.html#/pengaturan', false],
      ['https://evil.example/', true],
      ['http://loket/index.html', true],
      ['app://loket.evil.example/index.html', true],
      ['app://user@loket/index.html', true],
      ['file:///etc/passwd', true],
      ['about:blank', true],
      ['javascript:alert(1)', true],
    ];
    for (const [url, prevented] of cases) {
      for (const name of ['will-navigate', 'will-redirect']) {
        const navigation = event(url);
        contents.emit(name, navigation);
        expect(navigation.prevented, `${name} ${url}`).toBe(prevented);
      }
    }
  });

  it('denies every window.open and every webview', () => {
    const { contents, openWindow } = fakeContents();
    hardenContents(contents, appOrigin);
    expect(openWindow()).toEqual({ action: 'deny' });
    const attach = event();
    contents.emit('will-attach-webview', attach);
    expect(attach.prevented).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    hardenAllContents(app, appOrigin);
    const { contents, openWindow } = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(openWindow()).toEqual({ action: 'deny' });
    const navigation = event('https://evil.example/');
    contents.emit('will-navigate', navigation);
    expect(navigation.prevented).toBe(true);
  });
});

describe('isAppFrame', () => {
  it('accepts the main frame of the app', () => {
    expect(isAppFrame({ url: 'app://loket/index.html#/beranda', parent: null }, appOrigin)).toBe(
      true,
    );
  });

  it.each([
    ['a subframe of the app', { url: 'app://loket/index.html', parent: {} }],
    ['the PDF preview', { url: 'blob:app://loket/0b7f2a6c', parent: {} }],
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a file', { url: 'file:///C:/loket/index.html', parent: null }],
    ['the devtools', { url: 'devtools://devtools/bundled/inspector.html', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['a malformed URL', { url: 'app//loket', parent: null }],
    ['an empty URL', { url: '', parent: null }],
  ])('refuses %s', (_name, frame) => {
    expect(isAppFrame(frame, appOrigin)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isAppFrame(null, appOrigin)).toBe(false);
    expect(isAppFrame(undefined, appOrigin)).toBe(false);
  });
});
