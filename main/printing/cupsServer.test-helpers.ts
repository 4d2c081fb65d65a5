// Test-only: a real CUPS scheduler with the cups-pdf virtual printer. Starts `cupsd` when it is
// not running (and stops it again), adds and removes the queue, writes a small PDF by hand,
// and finds the PDF cups-pdf wrote for a job.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { constants, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { onePagePdf } from '../../test-support/onePagePdf';
import { execCommand } from './cupsPrinter';

export const testPrinter = 'LoketPDF';
export const testPrinterDescription = 'Printer PDF uji Loket';

/** `LoketPDF-12` → `12`. */
const jobNumber = (jobId: string) => jobId.slice(jobId.lastIndexOf('-') + 1);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isExecutable = (path: string) =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/** The program's path on PATH or in the sbin folders (cupsd, lpadmin), if it is installed. */
export async function findProgram(name: string): Promise<string | undefined> {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    if (await isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const cupsPdfBackends = ['/usr/lib/cups/backend/cups-pdf', '/usr/libexec/cups/backend/cups-pdf'];

function findPpd(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findPpd(path);
      if (found) return found;
    } else if (/^CUPS-PDF.*\.ppd$/i.test(entry.name)) return path;
  }
  return undefined;
}

/** Debian's PPD of the cups-pdf printer, or the first CUPS-PDF*.ppd under /usr/share/ppd. */
export function findCupsPdfPpd(): string | undefined {
  const known = ['CUPS-PDF_opt.ppd', 'CUPS-PDF_noopt.ppd'].map((name) =>
    join('/usr/share/ppd/cups-pdf', name),
  );
  return known.find((path) => existsSync(path)) ?? findPpd('/usr/share/ppd');
}

/** Why the real CUPS tests cannot run here, or undefined when they can. */
export async function cupsMissingReason(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return 'not running as root (lpadmin needs it)';
  const tools = [
    'cupsd',
    'lpadmin',
    'cupsaccept',
    'cupsreject',
    'lp',
    'lpstat',
    'pdfinfo',
    'pdftotext',
  ];
  const found = await Promise.all(tools.map(findProgram));
  const missing = tools.filter((_, index) => found[index] === undefined);
  if (missing.length > 0) return `${missing.join(', ')} not installed`;
  if (!cupsPdfBackends.some((path) => existsSync(path))) {
    return 'the cups-pdf backend is not installed (printer-driver-cups-pdf)';
  }
  return findCupsPdfPpd() ? undefined : 'no CUPS-PDF PPD under /usr/share/ppd';
}

async function schedulerRunning(): Promise<boolean> {
  return /^scheduler is running/m.test((await execCommand('lpstat', ['-r'])).stdout);
}

async function until<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  describeFailure: () => Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(await describeFailure());
    await wait(100);
  }
}

/** Makes sure a scheduler runs; the returned function stops it if this call started it. */
export async function startCupsScheduler(): Promise<() => Promise<void>> {
  if (await schedulerRunning()) return async () => {};
  const cupsd = spawn((await findProgram('cupsd')) ?? 'cupsd', ['-f'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  cupsd.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(cupsd, 'exit');
  await until(
    async () => (cupsd.exitCode === null && (await schedulerRunning()) ? true : undefined),
    10_000,
    async () => `cupsd did not start within 10 s (exit ${cupsd.exitCode}): ${stderr}`,
  );
  return async () => {
    cupsd.kill('SIGTERM');
    await exited;
  };
}

async function admin(program: string, args: string[], allowed?: RegExp): Promise<void> {
  const output = await execCommand((await findProgram(program)) ?? program, args);
  if (output.code !== 0 && !allowed?.test(output.stderr)) {
    throw new Error(`${program} ${args.join(' ')}: ${output.stderr}`);
  }
}

/** Adds the cups-pdf queue `LoketPDF`, enabled and accepting jobs. */
export async function addTestPrinter(ppd: string): Promise<void> {
  await admin('lpadmin', [
    '-p',
    testPrinter,
    '-v',
    'cups-pdf:/',
    '-E',
    '-P',
    ppd,
    '-D',
    testPrinterDescription,
  ]);
}

/** Deletes the queue, if it is there, which also purges its jobs and their spool files. */
export async function removeTestPrinter(): Promise<void> {
  await admin('lpadmin', ['-x', testPrinter], /does not exist/);
}

/** `cupsreject` or `cupsaccept` on the queue: whether lp may add jobs to it. */
export async function setTestPrinterAccepting(accepting: boolean): Promise<void> {
  await admin(accepting ? 'cupsaccept' : 'cupsreject', [testPrinter]);
}

/** A setting of /etc/cups/cups-pdf.conf, e.g. `Out ${HOME}/PDF`. */
function cupsPdfSetting(name: string): string | undefined {
  const conf = '/etc/cups/cups-pdf.conf';
  if (!existsSync(conf)) return undefined;
  return new RegExp(`^\\s*${name}\\s+(.+?)\\s*$`, 'm').exec(readFileSync(conf, 'utf8'))?.[1];
}

/** Where cups-pdf may write this user's jobs: its `Out` folder, the anonymous one, ~/PDF. */
export function cupsPdfOutputDirs(): string[] {
  const { homedir, username } = userInfo();
  const out = (cupsPdfSetting('Out') ?? '${HOME}/PDF')
    .replaceAll('${HOME}', homedir)
    .replaceAll('${USER}', username);
  const anonymous = cupsPdfSetting('AnonDirName') ?? '/var/spool/cups-pdf/ANONYMOUS';
  return [...new Set([out, anonymous, join(homedir, 'PDF')])];
}

/** cups-pdf names its file after the title (mangled) and ends it with `-job_<n>.pdf`. */
function findJobOutput(dirs: string[], jobId: string, since: number): string | undefined {
  const suffix = `-job_${jobNumber(jobId)}.pdf`;
  for (const dir of dirs.filter((path) => existsSync(path))) {
    const name = readdirSync(dir).find(
      (entry) => entry.endsWith(suffix) && statSync(join(dir, entry)).mtimeMs >= since - 2_000,
    );
    if (name) return join(dir, name);
  }
  return undefined;
}

async function jobCompleted(jobId: string): Promise<boolean> {
  const { stdout } = await execCommand('lpstat', ['-W', 'completed', '-o', testPrinter]);
  return stdout.split('\n').some((line) => line.startsWith(`${jobId} `));
}

/** Waits until CUPS has completed the job and returns the PDF cups-pdf wrote for it. */
export async function waitForJobOutput(jobId: string, since: number): Promise<string> {
  const dirs = cupsPdfOutputDirs();
  return until(
    async () => ((await jobCompleted(jobId)) ? findJobOutput(dirs, jobId, since) : undefined),
    15_000,
    async () =>
      `no output of ${jobId} in ${dirs.join(', ')} after 15 s; the queue:\n${
        (await execCommand('lpstat', ['-W', 'all', '-l', '-o', testPrinter])).stdout
      }`,
  );
}

/** The job's IPP attributes (`copies`, `PageSize`, …) as ipptool prints them. */
export async function jobAttributes(jobId: string): Promise<Map<string, string>> {
  const uri = `ipp://localhost/jobs/${jobNumber(jobId)}`;
  const { stdout } = await execCommand('ipptool', ['-tv', uri, 'get-job-attributes.test']);
  const attributes = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const attribute = /^\s+(\S+) \([^)]*\) = (.*)$/.exec(line);
    if (attribute?.[1] && attribute[2] !== undefined) attributes.set(attribute[1], attribute[2]);
  }
  return attributes;
}

/** A one-page PDF of `width` × `height` pt with one line of printable ASCII in Helvetica. */
export function writeTestPdf(file: string, width: number, height: number, text: string): void {
  if (!/^[ -~]*$/.test(text) || /[()\\]/.test(text)) throw new Error(`not plain ASCII: ${text}`);
  const content = `BT /F1 12 Tf 72 ${height - 100} Td (${text}) Tj ET`;
  writeFileSync(file, onePagePdf(width, height, content), 'latin1');
}
