// The CUPS backend: the parsers on lp's and lpstat's real output, jobs refused before lp runs,
// and, where CUPS and cups-pdf are installed and the tests run as root, real print jobs to a
// cups-pdf queue whose PDFs are read back with poppler-utils.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo } from '../../shared/letters/pdfChecks.test-helpers';
import {
  createCupsPrinter,
  execCommand,
  parseLpJobId,
  parseLpstatDefault,
  parseLpstatDescriptions,
  parseLpstatDestinations,
  type RunCommand,
} from './cupsPrinter';
import {
  addTestPrinter,
  cupsMissingReason,
  cupsPdfOutputDirs,
  findCupsPdfPpd,
  findProgram,
  jobAttributes,
  removeTestPrinter,
  setTestPrinterAccepting,
  startCupsScheduler,
  testPrinter,
  testPrinterDescription,
  waitForJobOutput,
  writeTestPdf,
} from './cupsServer.test-helpers';
import { printingMessages as m } from './messages';
import { checkPrintJob, maxCopies, type PrintJob, type PrintResult } from './printer';

const letterText = 'Surat uji Loket 400.9.11/0001/Dinsos/2026';
const f4 = { width: 609.45, height: 935.43 };

let dir = '';
let letter = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-print-'));
  letter = join(dir, 'surat.pdf');
  writeTestPdf(letter, f4.width, f4.height, letterText);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading what lp and lpstat print', () => {
  it('takes the job id from lp', () => {
    expect(parseLpJobId('request id is PDF-12 (1 file(s))\n')).toBe('PDF-12');
    expect(parseLpJobId('lp: Error - The printer or class does not exist.\n')).toBeUndefined();
  });

  it('takes the queues, their descriptions and the default from lpstat', () => {
    const long = [
      'printer LoketPDF is idle.  enabled since Tue Dec  1 19:55:56 2026',
      '\tForm mounted:',
      '\tDescription: Printer PDF uji Loket',
      '\tLocation: ',
      'printer Epson_L3210 now printing Epson_L3210-4.  enabled since Tue Dec  1 19:57:39 2026',
      '\tDescription: ',
      '',
    ].join('\n');
    expect(parseLpstatDestinations('LoketPDF\nEpson_L3210\n\n')).toEqual([
      'LoketPDF',
      'Epson_L3210',
    ]);
    expect(parseLpstatDescriptions(long)).toEqual(new Map([['LoketPDF', 'Printer PDF uji Loket']]));
    expect(parseLpstatDefault('system default destination: LoketPDF\n')).toBe('LoketPDF');
    expect(parseLpstatDefault('no system default destination\n')).toBeUndefined();
  });
});

describe('refusing a job before lp runs', () => {
  const calls: string[][] = [];
  const recordingRun: RunCommand = async (cmd, args) => {
    calls.push([cmd, ...args]);
    return { code: 0, stdout: 'request id is LoketPDF-1 (1 file(s))\n', stderr: '' };
  };
  const printer = createCupsPrinter(recordingRun);
  const job = (change: Record<string, unknown>) =>
    ({ file: letter, printer: testPrinter, copies: 1, paperSize: 'F4', ...change }) as PrintJob;

  it.each([
    ['0 copies', { copies: 0 }, m.copiesInvalid(maxCopies)],
    ['50 copies', { copies: 50 }, m.copiesInvalid(maxCopies)],
    ['1.5 copies', { copies: 1.5 }, m.copiesInvalid(maxCopies)],
    ['copies as text', { copies: '2' }, m.copiesInvalid(maxCopies)],
    ['Letter paper', { paperSize: 'Letter' }, m.paperSizeInvalid],
    ['a printer name with a space', { printer: 'Printer Loket' }, m.printerInvalid],
    ['a printer name like an option', { printer: '-h' }, m.printerInvalid],
    ['a relative path', { file: 'surat.pdf' }, m.fileInvalid],
    ['a title over two lines', { title: 'Surat\nuji' }, m.titleInvalid],
  ])('refuses %s', async (_, change, message) => {
    calls.length = 0;
    expect(await printer.print(job(change))).toEqual({ ok: false, code: 'invalid-job', message });
    expect(calls).toEqual([]);
  });

  it('refuses a file that is not a PDF, a folder and a file that is not there', async () => {
    calls.length = 0;
    const text = join(dir, 'surat.txt');
    writeFileSync(text, 'Surat uji Loket, bukan PDF\n');
    const missing = join(dir, 'hilang.pdf');
    expect(await printer.print(job({ file: text }))).toEqual({
      ok: false,
      code: 'not-pdf',
      message: m.notPdf(text),
    });
    expect(await printer.print(job({ file: dir }))).toEqual({
      ok: false,
      code: 'not-pdf',
      message: m.notPdf(dir),
    });
    expect(await printer.print(job({ file: missing }))).toEqual({
      ok: false,
      code: 'file-missing',
      message: m.fileMissing(missing),
    });
    expect(calls).toEqual([]);
  });

  it('refuses what is not a job at all', async () => {
    expect(await checkPrintJob(null)).toEqual({
      ok: false,
      code: 'invalid-job',
      message: m.jobInvalid,
    });
  });
});

const unavailable = await cupsMissingReason();
const ipptool = await findProgram('ipptool');

/** The job id, or the failure as the test's error. */
function jobIdOf(result: PrintResult): string {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.jobId;
}

const runTool = (tool: string, args: readonly string[]) =>
  execFileSync(tool, args, { encoding: 'utf8' });

describe.skipIf(unavailable !== undefined)(
  `printing through CUPS to the cups-pdf queue${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    const printer = createCupsPrinter();
    const outputs: string[] = [];
    const outputDirs = cupsPdfOutputDirs();
    const dirsBefore = outputDirs.filter((path) => existsSync(path));
    let stopScheduler = async () => {};

    beforeAll(async () => {
      stopScheduler = await startCupsScheduler();
      await addTestPrinter(findCupsPdfPpd() ?? '');
    }, 20_000);

    afterAll(async () => {
      try {
        await removeTestPrinter();
      } finally {
        await stopScheduler();
        for (const output of outputs) rmSync(output, { force: true });
        for (const path of outputDirs.filter((path) => !dirsBefore.includes(path))) {
          if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
        }
      }
    });

    /** Prints the F4 letter and returns the job id and the PDF cups-pdf made of it. */
    async function printLetter(change: Partial<PrintJob>) {
      const since = Date.now();
      const jobId = jobIdOf(
        await printer.print({
          file: letter,
          printer: testPrinter,
          copies: 1,
          paperSize: 'F4',
          ...change,
        }),
      );
      const output = await waitForJobOutput(jobId, since);
      outputs.push(output);
      return { jobId, output };
    }

    it('lists the queue with its description', async () => {
      expect(await printer.list()).toContainEqual({
        name: testPrinter,
        description: testPrinterDescription,
        isDefault: false,
      });
    });

    it('marks the default destination', async () => {
      const run: RunCommand = (cmd, args) =>
        execCommand('env', [`LPDEST=${testPrinter}`, cmd, ...args]);
      const listed = await createCupsPrinter(run).list();
      expect(listed.find((entry) => entry.name === testPrinter)?.isDefault).toBe(true);
    });

    it('prints the letter on F4 paper with its text', async () => {
      const { jobId, output } = await printLetter({ paperSize: 'F4', title: 'Surat uji F4' });
      expect(jobId).toMatch(/^LoketPDF-\d+$/);
      const info = pdfInfo(runTool, output);
      expect(info.pages).toBe(1);
      expect(info.width).toBeCloseTo(f4.width, 0);
      expect(info.height).toBeCloseTo(f4.height, 0);
      expect(runTool('pdftotext', [output, '-'])).toContain(letterText);
    });

    it('prints on A4 paper when A4 is asked for', async () => {
      const { output } = await printLetter({ paperSize: 'A4', title: 'Surat uji A4' });
      const info = pdfInfo(runTool, output);
      expect(info.pages).toBe(1);
      expect(info.width).toBeCloseTo(595, 0);
      expect(info.height).toBeCloseTo(842, 0);
      expect(runTool('pdftotext', [output, '-'])).toContain(letterText);
    });

    it.skipIf(ipptool === undefined)(
      `hands copies, paper size and scaling to CUPS${ipptool ? '' : ' (ipptool missing: install cups-ipp-utils)'}`,
      async () => {
        const { jobId } = await printLetter({ copies: 3, paperSize: 'F4' });
        const attributes = await jobAttributes(jobId);
        expect(attributes.get('copies')).toBe('3');
        expect(attributes.get('PageSize')).toBe('Custom.215x330mm');
        expect(attributes.get('fit-to-page')).toBe('false');
      },
    );

    it('says which printer is not there', async () => {
      const result = await printer.print({
        file: letter,
        printer: 'PrinterTidakAda',
        copies: 1,
        paperSize: 'F4',
      });
      expect(result).toEqual({
        ok: false,
        code: 'printer-not-found',
        message: m.printerNotFound('PrinterTidakAda'),
      });
    });

    it('says when the queue is not accepting jobs', async () => {
      await setTestPrinterAccepting(false);
      try {
        const result = await printer.print({
          file: letter,
          printer: testPrinter,
          copies: 1,
          paperSize: 'F4',
        });
        expect(result).toEqual({
          ok: false,
          code: 'printer-not-accepting',
          message: m.printerNotAccepting(testPrinter),
        });
      } finally {
        await setTestPrinterAccepting(true);
      }
    });

    it('says CUPS is not running when the scheduler cannot be reached', async () => {
      const socket = join(dir, 'tidak-ada-cups.sock');
      const run: RunCommand = (cmd, args) =>
        execCommand('env', [`CUPS_SERVER=${socket}`, cmd, ...args]);
      const offline = createCupsPrinter(run);
      const job = { file: letter, printer: testPrinter, copies: 1, paperSize: 'F4' } as const;
      expect(await offline.print(job)).toEqual({
        ok: false,
        code: 'cups-not-running',
        message: m.cupsNotRunning,
      });
      await expect(offline.list()).rejects.toMatchObject({
        code: 'cups-not-running',
        message: m.cupsNotRunning,
      });
    });
  },
);
