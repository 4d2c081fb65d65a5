// The CUPS backend (Linux, macOS): lists queues with `lpstat` and prints a PDF with `lp`. Every
// command goes through a `RunCommand`, which runs the program directly (never a shell) and
// reports a non-zero exit as a code rather than an error.
import { execFile } from 'node:child_process';
import { printingMessages as m } from './messages';
import {
  checkPrintJob,
  PrinterError,
  printFailure,
  type PaperSize,
  type Printer,
  type PrinterInfo,
  type PrintFailure,
  type PrintJob,
  type PrintResult,
} from './printer';

export type CommandOutput = { code: number; stdout: string; stderr: string };
export type RunCommand = (cmd: string, args: string[]) => Promise<CommandOutput>;

/** The exit code a shell would report: 127 for a program that is not installed. */
function exitCodeOf(error: (Error & { code?: unknown }) | null): number {
  if (error === null) return 0;
  if (typeof error.code === 'number') return error.code;
  return error.code === 'ENOENT' ? 127 : 1;
}

/**
 * Runs `cmd` with `args` through `execFile`, in the C locale so the CUPS tools answer in the
 * English the parsers below read. Resolves also on failure: a missing program is code 127, a
 * timeout (30 s) or a signal is code 1 with the reason in `stderr`.
 */
export const execCommand: RunCommand = (cmd, args) =>
  new Promise((resolve) => {
    execFile(
      cmd,
      args,
      {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
        timeout: 30_000,
        maxBuffer: 4 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        resolve({
          code: exitCodeOf(error),
          stdout,
          stderr: stderr || (error?.message ?? ''),
        });
      },
    );
  });

/** F4 (folio, 215 × 330 mm) is not a PPD size on most drivers, so it goes as a custom size. */
export const cupsPageSize: Record<PaperSize, string> = { F4: 'Custom.215x330mm', A4: 'A4' };

/** `request id is PDF-12 (1 file(s))` → `PDF-12`. */
export function parseLpJobId(stdout: string): string | undefined {
  return /^request id is (\S+)/m.exec(stdout)?.[1];
}

/** `lpstat -e`: one destination per line. */
export const parseLpstatDestinations = (stdout: string): string[] =>
  stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** `lpstat -l -p`: each queue's `Description:` line, by queue name. */
export function parseLpstatDescriptions(stdout: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  let printer: string | undefined;
  for (const line of stdout.split('\n')) {
    const start = /^printer (\S+) /.exec(line);
    if (start) printer = start[1];
    const description = /^\s+Description: (.*)$/.exec(line)?.[1]?.trim();
    if (printer && description) descriptions.set(printer, description);
  }
  return descriptions;
}

/** `lpstat -d`: `system default destination: PDF`, or nothing when there is none. */
export function parseLpstatDefault(stdout: string): string | undefined {
  return /^system default destination: (\S+)/m.exec(stdout)?.[1];
}

type SchedulerState = 'running' | 'stopped' | 'missing';

/** `lpstat -r` exits 0 either way; only its words tell. */
async function schedulerState(run: RunCommand): Promise<SchedulerState> {
  const { code, stdout } = await run('lpstat', ['-r']);
  if (code === 127) return 'missing';
  return /^scheduler is running/m.test(stdout) ? 'running' : 'stopped';
}

const detailOf = ({ stdout, stderr }: CommandOutput) => stderr.trim() || stdout.trim();

function lpArgs(job: PrintJob): string[] {
  return [
    ...['-d', job.printer, '-n', String(job.copies)],
    ...(job.title === undefined ? [] : ['-t', job.title]),
    ...['-o', `PageSize=${cupsPageSize[job.paperSize]}`, '-o', 'fit-to-page=false'],
    job.file,
  ];
}

/** Why lp failed. lp says "printer does not exist" also when the scheduler is down, so ask. */
async function lpFailure(
  run: RunCommand,
  job: PrintJob,
  output: CommandOutput,
): Promise<PrintFailure> {
  if (output.code === 127) return printFailure('cups-missing', m.cupsMissing);
  const detail = detailOf(output);
  if (/scheduler is not running/i.test(detail) || (await schedulerState(run)) !== 'running') {
    return printFailure('cups-not-running', m.cupsNotRunning);
  }
  if (/printer or class does not exist/i.test(detail)) {
    return printFailure('printer-not-found', m.printerNotFound(job.printer));
  }
  if (/not accepting jobs/i.test(detail)) {
    return printFailure('printer-not-accepting', m.printerNotAccepting(job.printer));
  }
  if (/unable to access/i.test(detail))
    return printFailure('file-missing', m.fileMissing(job.file));
  return printFailure('lp-failed', m.lpFailed(detail || m.exitCode(output.code)));
}

export function createCupsPrinter(run: RunCommand = execCommand): Printer {
  return {
    async list(): Promise<PrinterInfo[]> {
      const state = await schedulerState(run);
      if (state === 'missing') throw new PrinterError('cups-missing', m.cupsMissing);
      if (state === 'stopped') throw new PrinterError('cups-not-running', m.cupsNotRunning);
      const [destinations, details, systemDefault] = await Promise.all([
        run('lpstat', ['-e']),
        run('lpstat', ['-l', '-p']),
        run('lpstat', ['-d']),
      ]);
      const noQueues = /no destinations added/i.test(details.stderr);
      const failed = [destinations, systemDefault, ...(noQueues ? [] : [details])].find(
        (output) => output.code !== 0,
      );
      if (failed) throw new PrinterError('list-failed', m.listFailed(detailOf(failed)));
      const descriptions = parseLpstatDescriptions(details.stdout);
      const defaultName = parseLpstatDefault(systemDefault.stdout);
      return parseLpstatDestinations(destinations.stdout).map((name) => ({
        name,
        description: descriptions.get(name) ?? name,
        isDefault: name === defaultName,
      }));
    },

    async print(input: PrintJob): Promise<PrintResult> {
      const checked = await checkPrintJob(input);
      if (!checked.ok) return checked;
      const output = await run('lp', lpArgs(checked.job));
      if (output.code !== 0) return lpFailure(run, checked.job, output);
      const jobId = parseLpJobId(output.stdout);
      return jobId === undefined
        ? printFailure('no-job-id', m.noJobId(detailOf(output)))
        : { ok: true, jobId };
    },
  };
}
