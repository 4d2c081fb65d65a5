// The window's security settings in one small file (Electron's security checklist): web
// preferences, what the session may load and grant, where the page may navigate, and which
// frame may call IPC. Each function takes the Electron objects it changes, typed by the
// narrow interfaces below, so the tests run in plain Node with small fakes.
import type { WebPreferences } from 'electron';

/** An Electron event whose default action can be cancelled. */
export interface Preventable {
  preventDefault(): void;
}

/** What Electron tells a permission handler about the asking page. */
export interface PermissionDetails {
  isMainFrame: boolean;
  requestingUrl?: string;
  /** A camera or microphone request: what it asks for. */
  mediaTypes?: readonly ('video' | 'audio')[];
  /** A camera or microphone check. */
  mediaType?: 'video' | 'audio' | 'unknown';
}

/** The part of Electron's `Session` that `hardenSession` uses. */
export interface SecurableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: PermissionDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: PermissionDetails,
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
  on(event: 'will-download', listener: (event: Preventable) => void): unknown;
}

/** The part of Electron's `WebContents` that `hardenContents` uses. */
export interface SecurableContents {
  on(event: 'will-navigate', listener: (details: Preventable & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (details: Preventable & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** The part of Electron's `App` that `hardenAllContents` uses. */
export interface ContentsCreatedSource {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: SecurableContents) => void,
  ): unknown;
}

/** The part of Electron's `WebFrameMain` that `isAppFrame` reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * The window's web preferences. The page gets no Node, runs sandboxed and isolated from the
 * preload, and can reach the platform only through the preload's one object.
 * `plugins` is on for one reason: Electron shows a PDF (the letter preview) in Chromium's
 * built-in viewer only with it; Electron has no other plugins. Devtools only when asked
 * for (an unpackaged build).
 */
export function secureWebPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
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
    devTools,
  };
}

/**
 * `scheme://host[:port]` of a URL, or null when it has none (file:, about:, data:, blob:,
 * a malformed URL) or carries credentials. Node's URL gives `origin` "null" for schemes it
 * does not know, such as app:, so the origin is built here.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

const isAppUrl = (url: string, appOrigin: string) => originOf(url) === appOrigin;

/** Schemes that reach the network or the disk; the page may use none except its own origin. */
const outsideSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * Whether the page may load a URL: its own origin, or a scheme that stays inside the page
 * (blob:, data:, the PDF viewer's and devtools' own). No remote content at all: the sync
 * runner and the updater talk to servers from main, not through the window's session.
 */
export function isAllowedRequest(url: string, appOrigin: string): boolean {
  if (isAppUrl(url, appOrigin)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return false;
  if (scheme === new URL(appOrigin).protocol) return false;
  return !outsideSchemes.has(scheme);
}

/**
 * The two permissions the app's own page gets, in its main frame: the camera without the
 * microphone (document scans, `CameraDialog`), and persistent storage so Chromium never
 * evicts the database. Everything else is refused (notifications, geolocation, clipboard,
 * screen capture, HID, USB, serial…).
 */
export function isGrantedPermission(
  permission: string,
  url: string,
  details: PermissionDetails,
  appOrigin: string,
): boolean {
  if (!details.isMainFrame || !isAppUrl(url, appOrigin)) return false;
  if (permission === 'persistent-storage') return true;
  if (permission !== 'media') return false;
  const kinds = details.mediaTypes ?? (details.mediaType ? [details.mediaType] : []);
  return kinds.length > 0 && kinds.every((kind) => kind === 'video');
}

/**
 * Grants only `isGrantedPermission`'s two permissions and no device, cancels every request
 * outside the app, and every download: the app saves files through IPC.
 */
export function hardenSession(session: SecurableSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details.requestingUrl ?? '', details, appOrigin)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isGrantedPermission(permission, details.requestingUrl ?? requestingOrigin, details, appOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, appOrigin) }),
  );
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * The page stays on the app: navigation and redirects elsewhere are cancelled, every
 * `window.open` is denied (the app has no external links; PDFs open and save through IPC),
 * and no webview can be attached.
 */
export function hardenContents(contents: SecurableContents, appOrigin: string): void {
  const stayOnApp = (details: Preventable & { url: string }) => {
    if (!isAppUrl(details.url, appOrigin)) details.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies `hardenContents` to every web contents the app creates, the window's included. */
export function hardenAllContents(app: ContentsCreatedSource, appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appOrigin));
}

/**
 * Whether an IPC call comes from the app itself: the main frame of a page on the app's
 * origin. A subframe (the PDF preview), another origin, file:, devtools:, about:blank, a
 * malformed URL or a frame already gone (null) is refused.
 */
export function isAppFrame(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, appOrigin);
}
