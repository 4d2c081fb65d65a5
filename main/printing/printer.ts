// The one interface every print backend implements (CUPS `lp`, SumatraPDF on Windows, the
// system print dialog), the job it takes and the result it gives back, and the checks every
// backend runs on a job before it starts anything.
import { open } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { printingMessages as m } from './messages';

export const paperSizes = ['F4', 'A4'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const maxCopies = 20;

/**
 * CUPS's rule for queue names (printable, no space, tab, `/`, `#` or `\`, at most 127 long),
 * and no leading `-`, so a name can never read as an option.
 */
export const cupsPrinterName = /^(?!-)[^\s/#\\\p{Cc}]{1,127}$/u;

/**
 * Windows's rule for printer names: spaces are common (`EPSON L3210 Series`), `,` and `!` are
 * not allowed, at most 220 long, and `\` only in a shared printer's `\\server\printer`. No
 * leading `-` either: the name is an argument of SumatraPDF's command line.
 */
export const windowsPrinterName = /^(?!-)(?=.{1,220}$)(?:\\\\[^\\,!\p{Cc}]+\\)?[^\\,!\p{Cc}]+$/u;

/** The job schema of a backend whose printer names follow `printerName`. */
export const printJobSchemaFor = (printerName: RegExp) =>
  z.object(
    {
      /** Absolute path of the PDF to print. */
      file: z.string({ error: m.fileInvalid }).refine(isAbsolute, { error: m.fileInvalid }),
      printer: z
        .string({ error: m.printerInvalid })
        .regex(printerName, { error: m.printerInvalid }),
      copies: z
        .number({ error: m.copiesInvalid(maxCopies) })
        .int({ error: m.copiesInvalid(maxCopies) })
        .min(1, { error: m.copiesInvalid(maxCopies) })
        .max(maxCopies, { error: m.copiesInvalid(maxCopies) }),
      paperSize: z.enum(paperSizes, { error: m.paperSizeInvalid }),
      /** The job's name in the print queue; the file name when absent. */
      title: z
        .string({ error: m.titleInvalid })
        .regex(/^[^\p{Cc}]{1,255}$/u, { error: m.titleInvalid })
        .optional(),
    },
    { error: m.jobInvalid },
  );

/** A job for CUPS, the strictest rule; the default of `checkPrintJob`. */
export const printJobSchema = printJobSchemaFor(cupsPrinterName);

export type PrintJob = z.infer<typeof printJobSchema>;

export interface PrinterInfo {
  /** The name the backend prints to, e.g. the CUPS queue `Epson_L3210`. */
  name: string;
  /** What a person reads in the list; the name when the system has no description. */
  description: string;
  isDefault: boolean;
}

export type PrintErrorCode =
  | 'invalid-job'
  | 'file-missing'
  | 'file-unreadable'
  | 'not-pdf'
  | 'printer-not-found'
  | 'printer-not-accepting'
  | 'cups-not-running'
  | 'cups-missing'
  | 'lp-failed'
  | 'no-job-id'
  | 'list-failed'
  | 'windows-only'
  | 'sumatra-missing'
  | 'sumatra-failed'
  | 'dialog-failed'
  | 'no-printer';

export type PrintFailure = { ok: false; code: PrintErrorCode; message: string };
/** The person closed the print dialog without printing: not an error, nothing was printed. */
export type PrintCancelled = { ok: false; code: 'cancelled'; message: string };
export type PrintResult = { ok: true; jobId: string } | PrintCancelled | PrintFailure;

/** Why `Printer.list()` rejected, with a message for the person at the counter. */
export class PrinterError extends Error {
  override readonly name = 'PrinterError';
  readonly code: PrintErrorCode;

  constructor(code: PrintErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface Printer {
  list(): Promise<PrinterInfo[]>;
  print(job: PrintJob): Promise<PrintResult>;
}

export const printFailure = (code: PrintErrorCode, message: string): PrintFailure => ({
  ok: false,
  code,
  message,
});

const errorCode = (error: unknown) =>
  error instanceof Error && 'code' in error ? String(error.code) : '';

/** Whether `file` is there, readable and starts like a PDF; reads five bytes, not the file. */
async function checkPdfFile(file: string): Promise<PrintFailure | undefined> {
  const header = Buffer.alloc(5);
  try {
    const handle = await open(file, 'r');
    try {
      await handle.read(header, 0, header.length, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return printFailure('file-missing', m.fileMissing(file));
    }
    if (code === 'EISDIR') return printFailure('not-pdf', m.notPdf(file));
    return printFailure('file-unreadable', m.fileUnreadable(file, code || String(error)));
  }
  return header.toString('latin1') === '%PDF-'
    ? undefined
    : printFailure('not-pdf', m.notPdf(file));
}

/**
 * The job, validated and with its PDF checked on disk, or why it cannot be printed. `schema`
 * is the backend's (`printJobSchemaFor(windowsPrinterName)` on Windows), CUPS's by default.
 */
export async function checkPrintJob(
  input: unknown,
  schema: typeof printJobSchema = printJobSchema,
): Promise<{ ok: true; job: PrintJob } | PrintFailure> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return printFailure('invalid-job', parsed.error.issues[0]?.message ?? m.jobInvalid);
  }
  return (await checkPdfFile(parsed.data.file)) ?? { ok: true, job: parsed.data };
}
