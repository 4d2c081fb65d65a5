// The Electron print dialog adapter with a stand-in BrowserWindow: the window it opens, the
// wait for the PDF viewer, the print options, the answers, and the window always destroyed.
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  WebContentsPrintOptions,
} from 'electron';
import { pathToFileURL } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createElectronDialogHost,
  isPrintWindowRequest,
  printWindowOptions,
  type PrintWindow,
  type PrintWindowConstructor,
} from './electronDialogHost';

type RequestFilter = (
  details: { url: string },
  callback: (response: { cancel: boolean }) => void,
) => void;

interface FakeWindowScript {
  /** What `print`'s callback gets. */
  answer: [boolean, string];
  /** The PDF viewer's frame is there right after loading. */
  viewerAtLoad?: boolean;
  /** The frames that finish loading after `loadURL`, as `isMainFrame` values. */
  laterFrames?: boolean[];
  loadError?: Error;
}

function fakeBrowserWindow(script: FakeWindowScript) {
  const made: FakeWindow[] = [];
  class FakeWindow implements PrintWindow {
    readonly options: BrowserWindowConstructorOptions;
    loaded: string[] = [];
    printed: WebContentsPrintOptions[] = [];
    destroyed = false;
    filter: RequestFilter | undefined;
    private frames: unknown[] = [{}];
    private listeners: ((event: unknown, isMainFrame: boolean) => void)[] = [];

    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options;
      made.push(this);
    }

    async loadURL(url: string) {
      this.loaded.push(url);
      if (script.loadError) throw script.loadError;
      if (script.viewerAtLoad) this.frames.push({});
      setTimeout(() => {
        for (const isMainFrame of script.laterFrames ?? []) {
          if (!isMainFrame) this.frames.push({});
          this.listeners.shift()?.({}, isMainFrame);
        }
      }, 5);
    }

    isDestroyed = () => this.destroyed;
    destroy = () => {
      this.destroyed = true;
    };

    webContents = {
      print: (
        options: WebContentsPrintOptions,
        callback: (ok: boolean, reason: string) => void,
      ) => {
        this.printed.push(options);
        setTimeout(() => callback(...script.answer), 1);
      },
      once: (
        _event: 'did-frame-finish-load',
        listener: (event: unknown, main: boolean) => void,
      ) => {
        this.listeners.push(listener);
      },
      mainFrame: { framesInSubtree: this.frames },
      session: {
        webRequest: {
          onBeforeRequest: (filter: RequestFilter) => {
            this.filter = filter;
          },
        },
      },
    };
  }
  return { BrowserWindow: FakeWindow satisfies PrintWindowConstructor, made };
}

const file = '/home/loket/arsip/2026/12/400.9.11-0001.pdf';

describe('the Electron print dialog', () => {
  it('takes the real BrowserWindow', () => {
    expectTypeOf<typeof BrowserWindow>().toExtend<PrintWindowConstructor>();
  });

  it('loads the PDF in a hidden sandboxed window and prints F4 through the dialog', async () => {
    const fake = fakeBrowserWindow({ answer: [true, ''], viewerAtLoad: true });
    const host = createElectronDialogHost({ BrowserWindow: fake.BrowserWindow });
    const outcome = await host.showPrintDialog(file, {
      copies: 2,
      paperSize: 'F4',
      printer: 'EPSON L3210 Series',
    });
    expect(outcome).toEqual({ printed: true });
    const [window] = fake.made;
    expect(window?.options).toBe(printWindowOptions);
    expect(printWindowOptions).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        plugins: true,
        partition: 'loket-print',
      },
    });
    expect(window?.loaded).toEqual([pathToFileURL(file).href]);
    expect(window?.printed).toEqual([
      {
        silent: false,
        copies: 2,
        pageSize: { width: 215_000, height: 330_000 },
        margins: { marginType: 'none' },
        deviceName: 'EPSON L3210 Series',
      },
    ]);
    expect(window?.destroyed).toBe(true);
  });

  it('lets the print window load the PDF and the viewer, nothing else', async () => {
    const fake = fakeBrowserWindow({ answer: [true, ''], viewerAtLoad: true });
    await createElectronDialogHost({ BrowserWindow: fake.BrowserWindow }).showPrintDialog(file, {
      copies: 1,
      paperSize: 'A4',
    });
    const decisions: Record<string, boolean> = {};
    const pdfUrl = pathToFileURL(file).href;
    for (const url of [
      pdfUrl,
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
      'file:///etc/passwd',
      'https://contoh.example/skrip.js',
    ]) {
      fake.made[0]?.filter?.({ url }, ({ cancel }) => (decisions[url] = cancel));
    }
    expect(decisions).toEqual({
      [pdfUrl]: false,
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html': false,
      'file:///etc/passwd': true,
      'https://contoh.example/skrip.js': true,
    });
    expect(isPrintWindowRequest('data:application/pdf;base64,JVBERi0=', pdfUrl)).toBe(true);
    expect(isPrintWindowRequest('not a url', pdfUrl)).toBe(false);
  });

  it('waits for the PDF viewer frame, not the page, before printing A4 on the default printer', async () => {
    const fake = fakeBrowserWindow({ answer: [true, ''], laterFrames: [true, false] });
    const host = createElectronDialogHost({
      BrowserWindow: fake.BrowserWindow,
      viewerTimeoutMs: 10_000,
    });
    const started = Date.now();
    expect(await host.showPrintDialog(file, { copies: 1, paperSize: 'A4' })).toEqual({
      printed: true,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fake.made[0]?.printed).toEqual([
      { silent: false, copies: 1, pageSize: 'A4', margins: { marginType: 'none' } },
    ]);
  });

  it('prints anyway when the viewer frame never reports', async () => {
    const fake = fakeBrowserWindow({ answer: [true, ''] });
    const host = createElectronDialogHost({
      BrowserWindow: fake.BrowserWindow,
      viewerTimeoutMs: 20,
    });
    expect(await host.showPrintDialog(file, { copies: 1, paperSize: 'A4' })).toEqual({
      printed: true,
    });
  });

  it('reports a cancelled dialog, a failed job and a PDF that does not load', async () => {
    const cancelled = fakeBrowserWindow({
      answer: [false, 'Print job canceled'],
      viewerAtLoad: true,
    });
    expect(
      await createElectronDialogHost({ BrowserWindow: cancelled.BrowserWindow }).showPrintDialog(
        file,
        {
          copies: 1,
          paperSize: 'F4',
        },
      ),
    ).toEqual({ printed: false, reason: 'cancelled' });
    const failed = fakeBrowserWindow({ answer: [false, 'Print job failed'], viewerAtLoad: true });
    expect(
      await createElectronDialogHost({ BrowserWindow: failed.BrowserWindow }).showPrintDialog(
        file,
        {
          copies: 1,
          paperSize: 'F4',
        },
      ),
    ).toEqual({ printed: false, reason: 'failed', detail: 'Print job failed' });
    const broken = fakeBrowserWindow({
      answer: [true, ''],
      loadError: new Error('ERR_FILE_NOT_FOUND (-6)'),
    });
    expect(
      await createElectronDialogHost({ BrowserWindow: broken.BrowserWindow }).showPrintDialog(
        file,
        {
          copies: 1,
          paperSize: 'F4',
        },
      ),
    ).toEqual({ printed: false, reason: 'failed', detail: 'ERR_FILE_NOT_FOUND (-6)' });
    for (const fake of [cancelled, failed, broken]) expect(fake.made[0]?.destroyed).toBe(true);
  });
});
