// Choosing the backend and printer for a letter kind, with stand-in backends; and the platform
// backend made for Windows and for the others.
import { describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../shared/desktopSettings';
import {
  choosePrinter,
  createPlatformPrinter,
  platformBackend,
  printerForKind,
} from './choosePrinter';
import type { RunCommand } from './cupsPrinter';
import { printingMessages as m } from './messages';
import type { Printer } from './printer';
import type { PdfToPrinter } from './windowsPrinter';

const settings: Pick<DesktopSettings, 'printers' | 'defaultPrinter'> = {
  printers: { rekapBnba: 'EPSON L3210 Series', tandaTerimaBerkas: 'Kasir-Thermal' },
  defaultPrinter: 'HP LaserJet M404',
};
const noPrinters = { printers: {}, defaultPrinter: null };

const stand = (name: string): Printer => ({
  list: async () => [{ name, description: name, isDefault: true }],
  print: async () => ({ ok: true, jobId: name }),
});
const platform = stand('platform');
const dialog = stand('dialog');

describe('the printer of a letter kind', () => {
  it('is the kind’s own, else the default, else none', () => {
    expect(printerForKind(settings, 'rekapBnba')).toBe('EPSON L3210 Series');
    expect(printerForKind(settings, 'rekomendasiApbd')).toBe('HP LaserJet M404');
    expect(printerForKind(noPrinters, 'rekomendasiApbd')).toBeUndefined();
  });
});

describe('choosing the backend', () => {
  it('prints on the platform backend with the kind’s printer', () => {
    expect(
      choosePrinter({
        settings,
        kind: 'tandaTerimaBerkas',
        platform: 'win32',
        backends: { platform, dialog },
      }),
    ).toEqual({ ok: true, backend: 'windows', printer: platform, printerName: 'Kasir-Thermal' });
    expect(
      choosePrinter({
        settings,
        kind: 'rekomendasiJkss',
        platform: 'linux',
        backends: { platform },
      }),
    ).toEqual({ ok: true, backend: 'cups', printer: platform, printerName: 'HP LaserJet M404' });
  });

  it('opens the dialog when asked, on the kind’s printer', () => {
    expect(
      choosePrinter({
        settings,
        kind: 'rekapBnba',
        platform: 'win32',
        backends: { platform, dialog },
        viaDialog: true,
      }),
    ).toEqual({ ok: true, backend: 'dialog', printer: dialog, printerName: 'EPSON L3210 Series' });
  });

  it('opens the dialog on the default printer when no printer is set', () => {
    expect(
      choosePrinter({
        settings: noPrinters,
        kind: 'rekapBnba',
        platform: 'darwin',
        backends: { platform, dialog },
      }),
    ).toEqual({ ok: true, backend: 'dialog', printer: dialog, printerName: '' });
  });

  it('says no printer is set when there is no dialog either', () => {
    expect(
      choosePrinter({
        settings: noPrinters,
        kind: 'rekapBnba',
        platform: 'win32',
        backends: { platform },
      }),
    ).toEqual({ ok: false, code: 'no-printer', message: m.noPrinter });
  });

  it('prints on the platform backend when the dialog is asked for but missing', () => {
    expect(
      choosePrinter({
        settings,
        kind: 'rekapBnba',
        platform: 'linux',
        backends: { platform },
        viaDialog: true,
      }),
    ).toMatchObject({ ok: true, backend: 'cups', printerName: 'EPSON L3210 Series' });
  });
});

describe('the platform backend', () => {
  it('is SumatraPDF on Windows and CUPS elsewhere', () => {
    expect(platformBackend('win32')).toBe('windows');
    expect(platformBackend('linux')).toBe('cups');
    expect(platformBackend('darwin')).toBe('cups');
  });

  it('lists through pdf-to-printer on win32', async () => {
    const pdfToPrinter: PdfToPrinter = {
      print: async () => {},
      getPrinters: async () => [{ deviceId: 'EPSON', name: 'EPSON', paperSizes: [] }],
      getDefaultPrinter: async () => null,
    };
    const printer = createPlatformPrinter('win32', { pdfToPrinter });
    expect(await printer.list()).toEqual([
      { name: 'EPSON', description: 'EPSON', isDefault: false },
    ]);
    expect(() => createPlatformPrinter('win32')).toThrow(/pdf-to-printer/);
  });

  it('lists through lpstat elsewhere', async () => {
    const calls: string[] = [];
    const run: RunCommand = async (cmd, args) => {
      calls.push([cmd, ...args].join(' '));
      if (args[0] === '-r') return { code: 0, stdout: 'scheduler is running\n', stderr: '' };
      if (args[0] === '-e') return { code: 0, stdout: 'LoketPDF\n', stderr: '' };
      return { code: 0, stdout: '', stderr: '' };
    };
    expect(await createPlatformPrinter('linux', { run }).list()).toEqual([
      { name: 'LoketPDF', description: 'LoketPDF', isDefault: false },
    ]);
    expect(calls).toContain('lpstat -e');
  });
});
