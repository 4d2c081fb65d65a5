// The Electron side of the system print dialog: the PDF is loaded in a hidden window by
// Chromium's own PDF viewer and printed with `webContents.print({ silent: false })`, which opens
// the system dialog. Electron is never loaded here: the caller passes `BrowserWindow` in, and
// the types come from `import type` only, so this file runs under plain Node in tests.
//
// Printing a PDF this way printed blank pages until Electron 32 (electron/electron#30947, fixed
// by #43309 for `webContents.print` on a PDF document; #47378 fixed its silent printing in 36).
// The fix prints the PDF viewer's own frame, so the print waits until that frame has loaded.
// The app's session refuses file: (main/security.ts), so the window has its own in-memory
// session, which loads the one PDF being printed and nothing from the network.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import type { DialogOptions, DialogOutcome, PdfDialogHost } from './dialogPrinter';
import type { PaperSize } from './printer';

/** The part of Electron's `BrowserWindow` the dialog uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    print(
      options: WebContentsPrintOptions,
      callback: (success: boolean, failureReason: string) => void,
    ): void;
    once(
      event: 'did-frame-finish-load',
      listener: (event: unknown, isMainFrame: boolean) => void,
    ): unknown;
    mainFrame: { framesInSubtree: readonly unknown[] };
    session: {
      webRequest: {
        onBeforeRequest(
          listener: (
            details: { url: string },
            callback: (response: { cancel: boolean }) => void,
          ) => void,
        ): void;
      };
    };
  };
}

export type PrintWindowConstructor = new (options: BrowserWindowConstructorOptions) => PrintWindow;

export interface ElectronDialogHostDeps {
  /** Electron's `BrowserWindow`. */
  BrowserWindow: PrintWindowConstructor;
  /** How long to wait for the PDF viewer's frame before printing anyway; 5 s by default. */
  viewerTimeoutMs?: number;
}

/** Paper as Chromium takes it: a named size, or width and height in microns. */
export const electronPageSize: Record<PaperSize, WebContentsPrintOptions['pageSize']> = {
  F4: { width: 215_000, height: 330_000 },
  A4: 'A4',
};

/**
 * The window only shows a local PDF: sandboxed, no Node, the PDF viewer (a plugin) on, in a
 * session of its own that is not kept on disk (a partition without `persist:`).
 */
export const printWindowOptions: BrowserWindowConstructorOptions = {
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    plugins: true,
    spellcheck: false,
    partition: 'loket-print',
  },
};

const outsideSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** What the print window may load: the PDF itself and the PDF viewer's own pages, no more. */
export function isPrintWindowRequest(url: string, pdfUrl: string): boolean {
  if (url === pdfUrl) return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && !outsideSchemes.has(scheme);
}

/** Resolves once the PDF viewer's frame is there, or after `timeoutMs` whatever happened. */
function viewerLoaded(window: PrintWindow, timeoutMs: number): Promise<void> {
  if (window.webContents.mainFrame.framesInSubtree.length > 1) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const onFrame = (_event: unknown, isMainFrame: boolean) => {
      if (isMainFrame) {
        window.webContents.once('did-frame-finish-load', onFrame);
        return;
      }
      clearTimeout(timer);
      resolve();
    };
    window.webContents.once('did-frame-finish-load', onFrame);
  });
}

/** Chromium says "Print job canceled" when the person closes the dialog. */
const isCancelled = (reason: string) => /cancel/i.test(reason);

export function createElectronDialogHost(deps: ElectronDialogHostDeps): PdfDialogHost {
  const { BrowserWindow, viewerTimeoutMs = 5_000 } = deps;
  return {
    async showPrintDialog(file: string, options: DialogOptions): Promise<DialogOutcome> {
      const window = new BrowserWindow(printWindowOptions);
      const pdfUrl = pathToFileURL(file).href;
      window.webContents.session.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !isPrintWindowRequest(details.url, pdfUrl) }),
      );
      try {
        await window.loadURL(pdfUrl);
        await viewerLoaded(window, viewerTimeoutMs);
        return await new Promise<DialogOutcome>((resolve) => {
          window.webContents.print(
            {
              silent: false,
              copies: options.copies,
              pageSize: electronPageSize[options.paperSize],
              margins: { marginType: 'none' },
              ...(options.printer === undefined ? {} : { deviceName: options.printer }),
            },
            (success, failureReason) => {
              if (success) resolve({ printed: true });
              else if (isCancelled(failureReason)) resolve({ printed: false, reason: 'cancelled' });
              else resolve({ printed: false, reason: 'failed', detail: failureReason });
            },
          );
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { printed: false, reason: 'failed', detail };
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
