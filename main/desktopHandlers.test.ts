import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityToRecipient } from 'age-encryption';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type DesktopSettings } from '../shared/desktopSettings';
import { onePagePdf } from '../test-support/onePagePdf';
import { createArchiveQueue } from './archive/archiveQueue';
import { createDesktopHandlers, type BackupHandlers, type UpdateHandlers } from './desktopHandlers';
import { createDeviceTokenStore } from './device/deviceToken';
import type { Printer, PrintJob, PrintResult } from './printing/printer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-desktop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const unused = () => Promise.reject(new Error('not part of this test'));

/** A printer that records each job with the bytes of its file while it prints. */
function recordingPrinter(
  answer: (job: PrintJob) => PrintResult = () => ({ ok: true, jobId: '7' }),
) {
  const jobs: { job: PrintJob; bytes: Buffer }[] = [];
  const printer: Printer = {
    list: () =>
      Promise.resolve([{ name: 'Epson_L3210', description: 'Epson L3210', isDefault: true }]),
    print: (job) => {
      jobs.push({ job, bytes: readFileSync(job.file) });
      return Promise.resolve(answer(job));
    },
  };
  return { printer, jobs };
}

function setUp(
  options: {
    settings?: DesktopSettings;
    printer?: Printer;
    dialog?: Printer;
    archiveDir?: string;
  } = {},
) {
  const saved: DesktopSettings[] = [];
  const platformPrinter = options.printer ?? recordingPrinter().printer;
  const desktop = createDesktopHandlers({
    version: '0.1.0',
    platform: 'linux',
    settingsPath: join(dir, 'settings.json'),
    loaded: {
      settings: options.settings ?? defaultSettings,
      notice: 'Berkas pengaturan tidak dapat dibaca',
    },
    onSettingsSaved: (settings) => saved.push(settings),
    chooseFolder: (purpose) => Promise.resolve(purpose === 'archive' ? join(dir, 'arsip') : null),
    printers: { platform: platformPrinter, ...(options.dialog ? { dialog: options.dialog } : {}) },
    archive: createArchiveQueue({
      archiveDir: () => options.archiveDir ?? null,
      pendingDir: join(dir, 'waiting'),
    }),
    deviceToken: createDeviceTokenStore(join(dir, 'token.bin'), {
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      encryptStringAsync: unused,
      decryptStringAsync: unused,
    }),
    backups: {} as BackupHandlers,
    updates: {} as UpdateHandlers,
  });
  return { ...desktop, saved };
}

const f4 = new TextEncoder().encode(onePagePdf(609.45, 935.43, 'Surat rekomendasi'));
const request = {
  pdf: f4,
  letterKind: 'rekomendasiApbd' as const,
  copies: 2,
  title: '400.9/0001/2026',
  dialog: false,
};
const withPrinter = { ...defaultSettings, printers: { rekomendasiApbd: 'Epson_L3210' } };

describe('the desktop handlers', () => {
  it('print the PDF on the kind’s printer, on its own paper size, and remove the file', async () => {
    const { printer, jobs } = recordingPrinter();
    const { handlers } = setUp({ settings: withPrinter, printer });
    expect(await handlers.printPdf(request)).toEqual({
      ok: true,
      value: { printed: true, printer: 'Epson_L3210', jobId: '7' },
    });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.job).toMatchObject({
      printer: 'Epson_L3210',
      copies: 2,
      paperSize: 'F4',
      title: '400.9/0001/2026',
    });
    expect(jobs[0]?.bytes).toEqual(Buffer.from(f4));
    expect(existsSync(jobs[0]?.job.file ?? '')).toBe(false);
  });

  it('refuse a PDF of another paper size before any printer sees it', async () => {
    const { printer, jobs } = recordingPrinter();
    const { handlers } = setUp({ settings: withPrinter, printer });
    const letter = new TextEncoder().encode(onePagePdf(612, 792, 'US Letter'));
    const answer = await handlers.printPdf({ ...request, pdf: letter });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/bukan F4 atau A4/) });
    expect(jobs).toEqual([]);
  });

  it('say so when no printer is set and there is no dialog', async () => {
    const { handlers } = setUp();
    const answer = await handlers.printPdf(request);
    expect(answer.ok).toBe(false);
  });

  it('answer a cancelled dialog as not printed, not as an error', async () => {
    const dialog = recordingPrinter(() => ({ ok: false, code: 'cancelled', message: 'batal' }));
    const { handlers } = setUp({ dialog: dialog.printer });
    expect(await handlers.printPdf(request)).toEqual({
      ok: true,
      value: { printed: false, printer: null, jobId: null },
    });
  });

  it('give a printer failure back as retryable', async () => {
    const { printer } = recordingPrinter(() => ({
      ok: false,
      code: 'printer-not-accepting',
      message: 'Printer tidak menerima pekerjaan.',
    }));
    const { handlers } = setUp({ settings: withPrinter, printer });
    expect(await handlers.printPdf(request)).toEqual({
      ok: false,
      message: 'Printer tidak menerima pekerjaan.',
      retryable: true,
    });
  });

  it('save valid settings, forget the notice and tell the rest of main', async () => {
    const { handlers, saved, settings } = setUp();
    expect((await handlers.loadSettings()).ok && (await handlers.loadSettings())).toMatchObject({
      value: { notice: expect.stringMatching(/tidak dapat dibaca/) },
    });
    const next = { ...defaultSettings, archiveDir: join(dir, 'arsip') };
    expect(await handlers.saveSettings(next)).toEqual({ ok: true, value: next });
    expect(saved).toEqual([next]);
    expect(settings()).toEqual(next);
    expect(await handlers.loadSettings()).toEqual({
      ok: true,
      value: { settings: next, notice: null },
    });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toContain('arsip');
  });

  it('refuse to enrol without the system’s secret store, before the one-time code is spent', async () => {
    const { handlers, saved } = setUp();
    const answer = await handlers.syncEnrol({
      serverUrl: 'http://127.0.0.1:1',
      code: 'ABCD-EFGH-JKMN',
      label: 'Loket 1',
      officeId: null,
    });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        ok: false,
        failure: { kind: 'device', failure: 'refused', code: 'no-secret-store' },
      },
    });
    expect(await handlers.deviceStatus()).toEqual({ ok: true, value: { enrolled: false } });
    expect(saved).toEqual([]);
  });

  it('read a letter again from the archive, and refuse an archived copy that was changed', async () => {
    const archiveDir = join(dir, 'arsip');
    mkdirSync(archiveDir);
    const { handlers } = setUp({ archiveDir });
    const letter = {
      number: '400.9/0001/2026',
      issuedOn: '2026-12-01',
      sha256: createHash('sha256').update(f4).digest('hex'),
    };
    expect(await handlers.readArchivedLetter(letter)).toEqual({ ok: true, value: null });
    expect(await handlers.archiveLetter(letter, f4)).toMatchObject({
      ok: true,
      value: { stored: true },
    });
    expect(await handlers.readArchivedLetter(letter)).toEqual({ ok: true, value: f4 });
    const file = join(archiveDir, '2026', '12', '400.9-0001-2026.pdf');
    writeFileSync(file, Buffer.concat([Buffer.from(f4), Buffer.from('%changed')]));
    const changed = await handlers.readArchivedLetter(letter);
    expect(changed).toMatchObject({ ok: false, retryable: false });
    expect(changed.ok ? '' : changed.message).toMatch(/tidak sama dengan yang diterbitkan/);
  });

  it('make a recovery key: only its public half is kept, in the settings', async () => {
    const { handlers, settings, saved } = setUp();
    const made = await handlers.createRecoveryKey();
    if (!made.ok) throw new Error(made.message);
    expect(made.value.recoveryKey).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    const recipient = settings().backup.recoveryRecipient;
    expect(recipient).toBe(await identityToRecipient(made.value.recoveryKey));
    expect(saved).toHaveLength(1);
    const file = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(file).toContain(recipient);
    expect(file).not.toContain(made.value.recoveryKey);
  });

  it('hand the chosen folder back', async () => {
    const { handlers } = setUp();
    expect(await handlers.chooseFolder('archive')).toEqual({ ok: true, value: join(dir, 'arsip') });
    expect(await handlers.chooseFolder('backup')).toEqual({ ok: true, value: null });
  });
});
