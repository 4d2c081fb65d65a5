// The Windows backend with a stand-in for `pdf-to-printer` that records what SumatraPDF would be
// told and fails the way the real module does; and the real module on this system, which is
// not Windows, to show its refusal becomes a message.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as realPdfToPrinter from 'pdf-to-printer';
import type { PrintOptions } from 'pdf-to-printer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestPdf } from './cupsServer.test-helpers';
import { printingMessages as m } from './messages';
import type { PrintJob } from './printer';
import {
  createWindowsPrinter,
  findPackagedSumatra,
  type PdfToPrinter,
  type WindowsPrinterEntry,
} from './windowsPrinter';

let dir = '';
let letter = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-win-print-'));
  letter = join(dir, 'surat.pdf');
  writeTestPdf(letter, 609.45, 935.43, 'Surat uji Loket');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const epson: WindowsPrinterEntry = {
  deviceId: 'EPSON L3210 Series',
  name: 'EPSON L3210 Series',
  paperSizes: ['A4', 'Folio', 'Letter'],
};
const shared: WindowsPrinterEntry = {
  deviceId: '\\\\PC-TU\\Canon LBP2900',
  name: '\\\\PC-TU\\Canon LBP2900',
  paperSizes: ['A4'],
};

/** Records each print call; `fail` decides how a call goes wrong. */
function fakePdfToPrinter(fail?: (file: string, options: PrintOptions) => unknown) {
  const calls: { file: string; options: PrintOptions }[] = [];
  const module: PdfToPrinter = {
    async print(file, options = {}) {
      calls.push({ file, options });
      const error = fail?.(file, options);
      if (error !== undefined) throw error;
    },
    getPrinters: async () => [epson, shared],
    getDefaultPrinter: async () => epson,
  };
  return { module, calls };
}

const job = (change: Partial<PrintJob> = {}): PrintJob => ({
  file: letter,
  printer: epson.name,
  copies: 1,
  paperSize: 'F4',
  ...change,
});

/** An error as `execFile` rejects with when SumatraPDF exits with `code`. */
const exitError = (code: number) =>
  Object.assign(new Error(`Command failed: SumatraPDF.exe`), { code, stderr: '' });

describe('printing with SumatraPDF', () => {
  it('prints silently on F4 as paper kind 14 (Folio) at 100 %, with the copies', async () => {
    const { module, calls } = fakePdfToPrinter();
    const result = await createWindowsPrinter({ pdfToPrinter: module }).print(job({ copies: 3 }));
    expect(result).toMatchObject({ ok: true, jobId: expect.stringMatching(/^sumatra-/) });
    expect(calls).toEqual([
      {
        file: letter,
        options: {
          printer: 'EPSON L3210 Series',
          copies: 3,
          silent: true,
          paperKind: 14,
          scale: 'noscale',
        },
      },
    ]);
  });

  it('prints A4 as the named paper A4 and takes a shared printer', async () => {
    const { module, calls } = fakePdfToPrinter();
    const printer = createWindowsPrinter({ pdfToPrinter: module });
    expect((await printer.print(job({ paperSize: 'A4', printer: shared.name }))).ok).toBe(true);
    expect(calls[0]?.options).toMatchObject({ paperSize: 'A4', printer: shared.name });
    expect(calls[0]?.options.paperKind).toBeUndefined();
  });

  it('runs SumatraPDF from app.asar.unpacked when packaged', async () => {
    const resources = join(dir, 'resources');
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', 'pdf-to-printer', 'dist');
    await mkdir(unpacked, { recursive: true });
    await writeFile(join(unpacked, 'bundle.js'), '');
    await writeFile(join(unpacked, 'SumatraPDF-3.4.6-32.exe'), 'MZ');
    const { module, calls } = fakePdfToPrinter();
    const printer = createWindowsPrinter({ pdfToPrinter: module, resourcesPath: resources });
    expect((await printer.print(job())).ok).toBe(true);
    expect(calls[0]?.options.sumatraPdfPath).toBe(join(unpacked, 'SumatraPDF-3.4.6-32.exe'));
    expect(await findPackagedSumatra(join(dir, 'tidak-ada'))).toBeUndefined();
  });

  it('says SumatraPDF is missing when the packaged app has none', async () => {
    const { module, calls } = fakePdfToPrinter();
    const printer = createWindowsPrinter({
      pdfToPrinter: module,
      resourcesPath: join(dir, 'tidak-ada'),
    });
    expect(await printer.print(job())).toEqual({
      ok: false,
      code: 'sumatra-missing',
      message: m.sumatraMissing,
    });
    expect(calls).toEqual([]);
  });

  it('refuses a bad job before SumatraPDF runs', async () => {
    const { module, calls } = fakePdfToPrinter();
    const printer = createWindowsPrinter({ pdfToPrinter: module });
    for (const change of [
      { printer: '-print-dialog' },
      { printer: 'Printer, kedua' },
      { printer: 'a\\b' },
      { copies: 21 },
    ]) {
      expect(await printer.print(job(change))).toMatchObject({ ok: false, code: 'invalid-job' });
    }
    expect(await printer.print(job({ file: join(dir, 'hilang.pdf') }))).toMatchObject({
      code: 'file-missing',
    });
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'a printer Windows does not know',
      { printer: 'HP LaserJet' },
      exitError(1),
      () => ({ code: 'printer-not-found', message: m.printerNotFound('HP LaserJet') }),
    ],
    [
      'SumatraPDF failing on a known printer',
      {},
      exitError(1),
      () => ({ code: 'sumatra-failed', message: m.sumatraFailed(m.exitCode(1)) }),
    ],
    [
      'SumatraPDF not there',
      {},
      Object.assign(new Error('spawn SumatraPDF.exe ENOENT'), { code: 'ENOENT' }),
      () => ({ code: 'sumatra-missing', message: m.sumatraMissing }),
    ],
    [
      'the file gone before printing',
      {},
      new Error('No such file'),
      () => ({ code: 'file-missing', message: m.fileMissing(letter) }),
    ],
    [
      'a system that is not Windows',
      {},
      'Operating System not supported',
      () => ({ code: 'windows-only', message: m.windowsOnly }),
    ],
  ])('reports %s', async (_, change, error, expected) => {
    const { module } = fakePdfToPrinter(() => error);
    expect(await createWindowsPrinter({ pdfToPrinter: module }).print(job(change))).toEqual({
      ok: false,
      ...expected(),
    });
  });

  it('gives up on a SumatraPDF that does not return', async () => {
    const module: PdfToPrinter = {
      print: () => new Promise(() => {}),
      getPrinters: async () => [epson],
      getDefaultPrinter: async () => epson,
    };
    const printer = createWindowsPrinter({ pdfToPrinter: module, timeoutMs: 50 });
    expect(await printer.print(job())).toEqual({
      ok: false,
      code: 'sumatra-failed',
      message: m.sumatraTimeout(0),
    });
  });
});

describe('listing the Windows printers', () => {
  it('lists every printer and marks the default', async () => {
    const { module } = fakePdfToPrinter();
    expect(await createWindowsPrinter({ pdfToPrinter: module }).list()).toEqual([
      { name: epson.name, description: epson.name, isDefault: true },
      { name: shared.name, description: shared.name, isDefault: false },
    ]);
  });

  it('reports PowerShell failing', async () => {
    const module: PdfToPrinter = {
      ...fakePdfToPrinter().module,
      getPrinters: async () => {
        throw Object.assign(new Error('Command failed'), { stderr: 'Akses ditolak' });
      },
    };
    await expect(createWindowsPrinter({ pdfToPrinter: module }).list()).rejects.toMatchObject({
      code: 'list-failed',
      message: m.listFailed('Akses ditolak'),
    });
  });
});

describe.skipIf(process.platform === 'win32')('the real pdf-to-printer off Windows', () => {
  const printer = createWindowsPrinter({ pdfToPrinter: realPdfToPrinter });

  it('refuses to print, with the Windows-only message', async () => {
    expect(await printer.print(job())).toEqual({
      ok: false,
      code: 'windows-only',
      message: m.windowsOnly,
    });
  });

  it('refuses to list', async () => {
    await expect(printer.list()).rejects.toMatchObject({ code: 'windows-only' });
  });
});
