// The Windows backend: prints a PDF silently with SumatraPDF through `pdf-to-printer` and lists
// the printers Windows knows. The module is passed in, so the backend runs (and is tested) on
// any system with a stand-in; on Windows the caller passes the real `pdf-to-printer`.
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintOptions } from 'pdf-to-printer';
import { printingMessages as m } from './messages';
import {
  checkPrintJob,
  PrinterError,
  printFailure,
  printJobSchemaFor,
  windowsPrinterName,
  type PaperSize,
  type Printer,
  type PrinterInfo,
  type PrintFailure,
  type PrintJob,
  type PrintResult,
} from './printer';

/** A printer as `pdf-to-printer` reports it (PowerShell's `Win32_Printer`). */
export interface WindowsPrinterEntry {
  deviceId: string;
  name: string;
  paperSizes: string[];
}

/** The part of `pdf-to-printer` the backend uses; the real module satisfies it. */
export interface PdfToPrinter {
  print(pdf: string, options?: PrintOptions): Promise<void>;
  getPrinters(): Promise<WindowsPrinterEntry[]>;
  getDefaultPrinter(): Promise<WindowsPrinterEntry | null>;
}

export interface WindowsPrinterDeps {
  pdfToPrinter: PdfToPrinter;
  /**
   * Electron's `process.resourcesPath` when the app runs packaged: SumatraPDF cannot start from
   * inside `app.asar`, so it is run from `app.asar.unpacked`. Absent in development, where
   * `pdf-to-printer` finds SumatraPDF in its own folder.
   */
  resourcesPath?: string;
  /** How long SumatraPDF may take to hand the job to the spooler; 120 s by default. */
  timeoutMs?: number;
}

/**
 * The paper per size, as SumatraPDF's `-print-settings` take it. A4 is one of SumatraPDF's
 * named papers (`paper=A4`). F4 (215 × 330 mm) is not, and a custom size cannot be given on its
 * command line, so it goes as the Windows paper kind 14, `DMPAPER_FOLIO` (8½ × 13 in, 215.9 ×
 * 330.2 mm), the form printer drivers sold in Indonesia call "Folio" or "F4"
 * (`paperkind=14`). `noscale` prints the page at 100 %, like `fit-to-page=false` on CUPS.
 */
export const windowsPaper: Record<PaperSize, PrintOptions> = {
  F4: { paperKind: 14, scale: 'noscale' },
  A4: { paperSize: 'A4', scale: 'noscale' },
};

const windowsJobSchema = printJobSchemaFor(windowsPrinterName);

const unpackedDist = ['app.asar.unpacked', 'node_modules', 'pdf-to-printer', 'dist'];

/** SumatraPDF in the unpacked resources (its name carries its version), if it is there. */
export async function findPackagedSumatra(resourcesPath: string): Promise<string | undefined> {
  const dir = join(resourcesPath, ...unpackedDist);
  const entries = await readdir(dir).catch(() => [] as string[]);
  const exe = entries.find((name) => /^SumatraPDF.*\.exe$/i.test(name));
  return exe === undefined ? undefined : join(dir, exe);
}

const detailOf = (error: unknown): string => {
  if (typeof error === 'string') return error;
  if (!(error instanceof Error)) return String(error);
  const stderr = 'stderr' in error ? String(error.stderr).trim() : '';
  if (stderr) return stderr;
  return 'code' in error && typeof error.code === 'number' ? m.exitCode(error.code) : error.message;
};

/** `pdf-to-printer` throws the bare string "Operating System not supported" off Windows. */
const isUnsupportedOs = (error: unknown) =>
  typeof error === 'string' && /operating system not supported/i.test(error);

const isMissingProgram = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createWindowsPrinter(deps: WindowsPrinterDeps): Printer {
  const { pdfToPrinter, resourcesPath, timeoutMs = 120_000 } = deps;

  async function printerNames(): Promise<string[] | undefined> {
    try {
      return (await pdfToPrinter.getPrinters()).map((entry) => entry.name);
    } catch {
      return undefined;
    }
  }

  /**
   * SumatraPDF's exit code says only that it failed: ask Windows whether the printer is there
   * (Windows compares printer names without regard to case).
   */
  async function printFailed(job: PrintJob, error: unknown): Promise<PrintFailure> {
    if (error instanceof Timeout) {
      return printFailure('sumatra-failed', m.sumatraTimeout(Math.round(timeoutMs / 1000)));
    }
    if (isUnsupportedOs(error)) return printFailure('windows-only', m.windowsOnly);
    if (isMissingProgram(error)) return printFailure('sumatra-missing', m.sumatraMissing);
    if (error instanceof Error && /no such file/i.test(error.message)) {
      return printFailure('file-missing', m.fileMissing(job.file));
    }
    const names = await printerNames();
    const wanted = job.printer.toLowerCase();
    if (names !== undefined && !names.some((name) => name.toLowerCase() === wanted)) {
      return printFailure('printer-not-found', m.printerNotFound(job.printer));
    }
    return printFailure('sumatra-failed', m.sumatraFailed(detailOf(error)));
  }

  return {
    async list(): Promise<PrinterInfo[]> {
      try {
        const [printers, systemDefault] = await Promise.all([
          pdfToPrinter.getPrinters(),
          pdfToPrinter.getDefaultPrinter(),
        ]);
        return printers.map(({ name }) => ({
          name,
          description: name,
          isDefault: name === systemDefault?.name,
        }));
      } catch (error) {
        if (isUnsupportedOs(error)) throw new PrinterError('windows-only', m.windowsOnly);
        throw new PrinterError('list-failed', m.listFailed(detailOf(error)));
      }
    },

    async print(input: PrintJob): Promise<PrintResult> {
      const checked = await checkPrintJob(input, windowsJobSchema);
      if (!checked.ok) return checked;
      const { job } = checked;
      let sumatraPdfPath: string | undefined;
      if (resourcesPath !== undefined) {
        sumatraPdfPath = await findPackagedSumatra(resourcesPath);
        if (sumatraPdfPath === undefined) return printFailure('sumatra-missing', m.sumatraMissing);
      }
      const options: PrintOptions = {
        printer: job.printer,
        copies: job.copies,
        silent: true,
        ...windowsPaper[job.paperSize],
        ...(sumatraPdfPath === undefined ? {} : { sumatraPdfPath }),
      };
      try {
        await withTimeout(pdfToPrinter.print(job.file, options), timeoutMs);
      } catch (error) {
        return printFailed(job, error);
      }
      return { ok: true, jobId: `sumatra-${randomUUID()}` };
    },
  };
}
