// Which backend and which printer print a letter: the platform's backend (SumatraPDF on
// Windows, CUPS elsewhere) on the printer the settings name for the letter kind, or the office's
// default printer; the system dialog when the person asks for it or no printer is set.
import type { DesktopSettings } from '../../shared/desktopSettings';
import type { LetterKind } from '../../shared/standards/schema';
import { createCupsPrinter, type RunCommand } from './cupsPrinter';
import { printingMessages as m } from './messages';
import { printFailure, type Printer, type PrintFailure } from './printer';
import { createWindowsPrinter, type WindowsPrinterDeps } from './windowsPrinter';

export type PrintBackend = 'windows' | 'cups' | 'dialog';

export interface PlatformPrinterDeps extends Partial<WindowsPrinterDeps> {
  /** Runs the CUPS tools; `execCommand` by default. */
  run?: RunCommand;
}

/** The platform's backend: SumatraPDF on win32 (which needs `pdfToPrinter`), CUPS elsewhere. */
export function platformBackend(platform: NodeJS.Platform): 'windows' | 'cups' {
  return platform === 'win32' ? 'windows' : 'cups';
}

export function createPlatformPrinter(
  platform: NodeJS.Platform,
  deps: PlatformPrinterDeps = {},
): Printer {
  if (platformBackend(platform) === 'cups') return createCupsPrinter(deps.run);
  const { pdfToPrinter, resourcesPath, timeoutMs } = deps;
  if (pdfToPrinter === undefined) throw new Error('the Windows printer needs pdf-to-printer');
  return createWindowsPrinter({
    pdfToPrinter,
    ...(resourcesPath === undefined ? {} : { resourcesPath }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

/** The printer the settings give a letter kind: its own, else the default, else none. */
export function printerForKind(
  settings: Pick<DesktopSettings, 'printers' | 'defaultPrinter'>,
  kind: LetterKind,
): string | undefined {
  return settings.printers[kind] ?? settings.defaultPrinter ?? undefined;
}

export interface PrinterChoice {
  ok: true;
  backend: PrintBackend;
  printer: Printer;
  /** The job's `printer`; empty for the dialog on the system's default printer. */
  printerName: string;
}

export interface ChoosePrinterInput {
  settings: Pick<DesktopSettings, 'printers' | 'defaultPrinter'>;
  kind: LetterKind;
  platform: NodeJS.Platform;
  /** The backends to choose from: the platform's, and the dialog when the app has one. */
  backends: { platform: Printer; dialog?: Printer };
  /** The person asked for the print dialog ("Cetak dengan dialog"). */
  viaDialog?: boolean;
}

/**
 * The dialog when asked for and there is one; else the platform's backend on the kind's
 * printer; else the dialog on the default printer; else why nothing can print.
 */
export function choosePrinter(input: ChoosePrinterInput): PrinterChoice | PrintFailure {
  const { settings, kind, platform, backends, viaDialog = false } = input;
  const name = printerForKind(settings, kind);
  const { dialog } = backends;
  if (dialog !== undefined && (viaDialog || name === undefined)) {
    return { ok: true, backend: 'dialog', printer: dialog, printerName: name ?? '' };
  }
  if (name === undefined) return printFailure('no-printer', m.noPrinter);
  return {
    ok: true,
    backend: platformBackend(platform),
    printer: backends.platform,
    printerName: name,
  };
}
