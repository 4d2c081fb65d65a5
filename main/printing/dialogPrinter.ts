// The system print dialog as a backend: the PDF is shown to the person in the system's own
// dialog (printer, copies, paper preset from the job) and they print or cancel there. Showing
// the dialog is the `PdfDialogHost`'s work (Electron in `electronDialogHost.ts`, a stand-in in
// tests); this file only checks the job and turns the dialog's answer into a `PrintResult`.
import { randomUUID } from 'node:crypto';
import { printingMessages as m } from './messages';
import {
  checkPrintJob,
  printFailure,
  printJobSchemaFor,
  windowsPrinterName,
  type PaperSize,
  type Printer,
  type PrinterInfo,
  type PrintJob,
  type PrintResult,
} from './printer';

export interface DialogOptions {
  copies: number;
  paperSize: PaperSize;
  /** The printer preselected in the dialog; undefined: the system's default. */
  printer?: string;
}

export type DialogOutcome =
  | { printed: true }
  | { printed: false; reason: 'cancelled' }
  | { printed: false; reason: 'failed'; detail: string };

export interface PdfDialogHost {
  showPrintDialog(file: string, options: DialogOptions): Promise<DialogOutcome>;
}

/**
 * Any printer name Windows or CUPS allows, or none: an empty `printer` opens the dialog on the
 * system's default printer, for a letter kind no printer has been chosen for yet.
 */
const dialogPrinterName = new RegExp(`^$|${windowsPrinterName.source}`, 'u');
const dialogJobSchema = printJobSchemaFor(dialogPrinterName);

/** `list` gives the printers to choose from in the settings: the platform backend's list. */
export function createDialogPrinter(
  host: PdfDialogHost,
  list: () => Promise<PrinterInfo[]>,
): Printer {
  return {
    list,

    async print(input: PrintJob): Promise<PrintResult> {
      const checked = await checkPrintJob(input, dialogJobSchema);
      if (!checked.ok) return checked;
      const { file, copies, paperSize, printer } = checked.job;
      let outcome: DialogOutcome;
      try {
        outcome = await host.showPrintDialog(file, {
          copies,
          paperSize,
          ...(printer === '' ? {} : { printer }),
        });
      } catch (error) {
        outcome = {
          printed: false,
          reason: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        };
      }
      if (outcome.printed) return { ok: true, jobId: `dialog-${randomUUID()}` };
      if (outcome.reason === 'cancelled') {
        return { ok: false, code: 'cancelled', message: m.dialogCancelled };
      }
      return printFailure('dialog-failed', m.dialogFailed(outcome.detail));
    },
  };
}
