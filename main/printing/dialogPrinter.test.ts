// The system print dialog backend with a stand-in dialog: what the dialog is asked to show, and
// how printing, cancelling and failing come back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestPdf } from './cupsServer.test-helpers';
import {
  createDialogPrinter,
  type DialogOptions,
  type DialogOutcome,
  type PdfDialogHost,
} from './dialogPrinter';
import { printingMessages as m } from './messages';
import type { PrinterInfo, PrintJob } from './printer';

let dir = '';
let letter = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-dialog-'));
  letter = join(dir, 'surat.pdf');
  writeTestPdf(letter, 595, 842, 'Surat uji Loket');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

function fakeHost(answer: () => Promise<DialogOutcome>) {
  const shown: { file: string; options: DialogOptions }[] = [];
  const host: PdfDialogHost = {
    async showPrintDialog(file, options) {
      shown.push({ file, options });
      return answer();
    },
  };
  return { host, shown };
}

const printers: PrinterInfo[] = [
  { name: 'EPSON L3210', description: 'EPSON L3210', isDefault: true },
];
const list = async () => printers;
const job = (change: Partial<PrintJob> = {}): PrintJob => ({
  file: letter,
  printer: 'EPSON L3210 Series',
  copies: 2,
  paperSize: 'F4',
  ...change,
});

describe('printing through the system dialog', () => {
  it('opens the dialog on the PDF with the printer, copies and paper, and reports printing', async () => {
    const { host, shown } = fakeHost(async () => ({ printed: true }));
    const result = await createDialogPrinter(host, list).print(job());
    expect(result).toMatchObject({ ok: true, jobId: expect.stringMatching(/^dialog-/) });
    expect(shown).toEqual([
      { file: letter, options: { copies: 2, paperSize: 'F4', printer: 'EPSON L3210 Series' } },
    ]);
  });

  it('opens on the default printer when no printer is given', async () => {
    const { host, shown } = fakeHost(async () => ({ printed: true }));
    expect((await createDialogPrinter(host, list).print(job({ printer: '' }))).ok).toBe(true);
    expect(shown[0]?.options).toEqual({ copies: 2, paperSize: 'F4' });
  });

  it('tells a cancelled dialog apart from a failure', async () => {
    const { host } = fakeHost(async () => ({ printed: false, reason: 'cancelled' }));
    expect(await createDialogPrinter(host, list).print(job())).toEqual({
      ok: false,
      code: 'cancelled',
      message: m.dialogCancelled,
    });
  });

  it('reports a failed dialog and a dialog that throws', async () => {
    const failed = fakeHost(async () => ({
      printed: false,
      reason: 'failed',
      detail: 'Print job failed',
    }));
    expect(await createDialogPrinter(failed.host, list).print(job())).toEqual({
      ok: false,
      code: 'dialog-failed',
      message: m.dialogFailed('Print job failed'),
    });
    const throwing = fakeHost(() => Promise.reject(new Error('window gone')));
    expect(await createDialogPrinter(throwing.host, list).print(job())).toEqual({
      ok: false,
      code: 'dialog-failed',
      message: m.dialogFailed('window gone'),
    });
  });

  it('refuses a bad job without opening the dialog', async () => {
    const { host, shown } = fakeHost(async () => ({ printed: true }));
    const printer = createDialogPrinter(host, list);
    expect(await printer.print(job({ copies: 0 }))).toMatchObject({ code: 'invalid-job' });
    expect(await printer.print(job({ file: join(dir, 'hilang.pdf') }))).toMatchObject({
      code: 'file-missing',
    });
    expect(shown).toEqual([]);
  });

  it('lists the printers it was given', async () => {
    const { host } = fakeHost(async () => ({ printed: true }));
    expect(await createDialogPrinter(host, list).list()).toBe(printers);
  });
});
