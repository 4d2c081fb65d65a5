// The one app window, and the lock that keeps the app to one instance: a second start
// brings the open window to the front instead of opening another database next to it.
import type { BrowserWindowConstructorOptions } from 'electron';
import { appEntryUrl } from './appProtocol';
import { secureWebPreferences } from './security';

/** The part of Electron's `BrowserWindow` that this file uses. */
export interface MainWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindow> {
  /** Electron's `BrowserWindow` class. */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  /** Devtools in the window; true only for an unpackaged build (`!app.isPackaged`). */
  devTools: boolean;
  /** The page to load; the built renderer on app:// unless a test says otherwise. */
  url?: string;
}

/** The background of the app's pages (`--surface-sunken`), so the window never flashes white. */
const backgroundColor = '#f2f5f8';

export function mainWindowOptions(
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    title: 'Loket',
    width: 1280,
    height: 800,
    // The renderer lays out for 1024 px and more (`body { min-width: 1024px }`).
    minWidth: 1024,
    minHeight: 700,
    backgroundColor,
    show: false,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}

/**
 * Creates the window hidden and shows it once the first paint is ready. `loaded` settles
 * when the page has loaded, or rejects when it could not be loaded.
 */
export function createMainWindow<W extends MainWindow>(
  deps: MainWindowDeps<W>,
): { window: W; loaded: Promise<void> } {
  const window = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, deps.devTools));
  window.once('ready-to-show', () => window.show());
  return { window, loaded: window.loadURL(deps.url ?? appEntryUrl) };
}

/** The part of Electron's `App` that `singleInstance` uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * Takes the single-instance lock. Without it another instance runs: this one quits and the
 * result is false, and the caller creates no window. With it, a later start restores and
 * focuses the window `getWindow` returns (none yet while starting up).
 */
export function singleInstance(
  app: SingleInstanceApp,
  getWindow: () => MainWindow | null | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
