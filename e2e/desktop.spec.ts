import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PrintOutcome } from '../shared/ipc';
import {
  addTestPrinter,
  cupsMissingReason,
  findCupsPdfPpd,
  removeTestPrinter,
  startCupsScheduler,
  testPrinter,
  waitForJobOutput,
} from '../main/printing/cupsServer.test-helpers';
import { hasChromium, noChromiumReason } from './chromium';
import { attachDesktopBridge, type DesktopBridge } from './desktop/desktopBridge';
import { CasePage, IntakePage, switchTo, daeng } from './page-models/counter-page';
import { letterUi } from './page-models/letter-page';
import { LoginPage } from './page-models/login-page';
import { setUpOffice, staff } from './page-models/office-fixture';
import { SettingsPage } from './page-models/settings-page';
import { ShellPage } from './page-models/shell-page';

test.skip(!hasChromium, noChromiumReason);

const cupsMissing = await cupsMissingReason();
test.skip(cupsMissing !== undefined, `desktop bridge needs CUPS: ${cupsMissing ?? ''}`);

// One CUPS scheduler and one cups-pdf queue for the file.
test.describe.configure({ mode: 'serial' });

const today = '2026-11-23T09:00:00+08:00';
const deviceUi = {
  tab: 'Perangkat ini',
  choose: 'Pilih folder…',
  save: 'Simpan pengaturan perangkat',
  saved: 'Pengaturan perangkat tersimpan.',
  backupNow: 'Cadangkan sekarang',
  restorePrompt: 'Pulihkan data dari cadangan?',
  restore: 'Pulihkan cadangan ini',
  createRecoveryKey: 'Buat kunci pemulihan',
  keptRecoveryKey: 'Sudah saya simpan',
  recoveryKeyField: 'Kunci pemulihan kantor',
} as const;

/** Rows per object store of the `loket` database, read with IndexedDB itself. */
function tableCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const opening = indexedDB.open('loket');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const names = Array.from(
            { length: db.objectStoreNames.length },
            (_, i) => db.objectStoreNames.item(i) ?? '',
          );
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

interface GrayPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The first page as 8-bit gray at 40 dpi, read from pdftoppm's PGM. */
function grayPage(pdf: string): GrayPage {
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gave no PGM for ${pdf}`);
  const [all, width, height] = header as unknown as [string, string, string];
  return {
    width: Number(width),
    height: Number(height),
    pixels: new Uint8Array(pgm.subarray(all.length)),
  };
}

const inkShare = (page: GrayPage) =>
  page.pixels.filter((value) => value < 128).length / page.pixels.length;

/**
 * The mean gray difference of 8 × 8 pixel blocks (about 5 mm): small when both pages carry the
 * same text in the same place, whatever each rasteriser does to the glyph edges; a blank page
 * or another document differs by several times more.
 */
function blockDifference(a: GrayPage, b: GrayPage): number {
  const block = 8;
  const meanAt = (page: GrayPage, bx: number, by: number) => {
    let sum = 0;
    for (let y = by; y < by + block; y += 1) {
      for (let x = bx; x < bx + block; x += 1) sum += page.pixels[y * page.width + x] ?? 255;
    }
    return sum / (block * block);
  };
  let total = 0;
  let blocks = 0;
  for (let by = 0; by + block <= a.height; by += block) {
    for (let bx = 0; bx + block <= a.width; bx += block) {
      total += Math.abs(meanAt(a, bx, by) - meanAt(b, bx, by));
      blocks += 1;
    }
  }
  return total / blocks;
}

let stopScheduler = async () => {};
const outputs: string[] = [];

test.beforeAll(async () => {
  stopScheduler = await startCupsScheduler();
  await addTestPrinter(findCupsPdfPpd() ?? '');
});

test.afterAll(async () => {
  try {
    await removeTestPrinter();
  } finally {
    await stopScheduler();
    for (const output of outputs) rmSync(output, { force: true });
  }
});

test.describe('Loket desktop: main’s handlers behind the platform API', () => {
  let bridge: DesktopBridge | undefined;
  test.afterEach(async () => {
    await bridge?.close();
  });

  test('prints a receipt on the CUPS printer, backs up, wipes and restores the database', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const prints: { outcome: PrintOutcome; pdf: Uint8Array }[] = [];
    bridge = await attachDesktopBridge(page, {
      appOrigin: new URL(baseURL ?? '').origin,
      printer: testPrinter,
      onPrinted: (outcome, pdf) => prints.push({ outcome, pdf }),
    });
    await page.clock.setFixedTime(new Date(today));
    await page.goto('/');
    await setUpOffice(page, [staff.fo], /Kepulauan Mentawai/);

    // The admin sets the archive and the backup folder (the folder dialog answers for the test).
    await switchTo(page, staff.admin);
    await new ShellPage(page).go('settings');
    const settings = new SettingsPage(page);
    await settings.openTab(deviceUi.tab);
    const choose = settings.main.getByRole('button', { name: deviceUi.choose });
    await choose.nth(0).click();
    await expect(settings.main.getByText(bridge.archiveDir, { exact: true })).toBeVisible();
    await choose.nth(1).click();
    await expect(settings.main.getByText(bridge.backupDir, { exact: true })).toBeVisible();
    await expect(settings.field('Printer utama')).toHaveValue(testPrinter);
    await settings.main.getByRole('button', { name: deviceUi.save }).click();
    await expect(settings.main.getByText(deviceUi.saved)).toBeVisible();
    await settings.screenshot('80-desktop-perangkat', { fullPage: true });
    const saved = JSON.parse(
      readFileSync(join(bridge.root, 'userData', 'settings.json'), 'utf8'),
    ) as { archiveDir: string; backup: { dir: string }; defaultPrinter: string };
    expect(saved).toMatchObject({
      archiveDir: bridge.archiveDir,
      backup: { dir: bridge.backupDir },
      defaultPrinter: testPrinter,
    });

    // The FO registers a case and prints its receipt: it comes out of the cups-pdf queue on F4.
    await switchTo(page, staff.fo);
    await new IntakePage(page).registerForSelf('REK-BPJS-APBD', daeng);
    const kase = new CasePage(page);
    await expect(kase.actions).toBeVisible();
    const since = Date.now();
    await page.getByRole('button', { name: letterUi.receipt }).click();
    await expect(page.getByText(`Dikirim ke printer ${testPrinter}.`)).toBeVisible();
    const jobId = prints[0]?.outcome.jobId;
    expect(jobId).toBeTruthy();
    const output = await waitForJobOutput(jobId ?? '', since);
    outputs.push(output);
    expect(execFileSync('pdfinfo', [output], { encoding: 'utf8' })).toMatch(
      /Page size:\s+609\.4\d? x 935\.4\d? pts/,
    );
    // cups-pdf sets the embedded fonts again as bitmaps (pdftotext reads nothing), so the page
    // that came out is compared with the PDF the app sent, as pictures.
    const sent = test.info().outputPath('terkirim.pdf');
    writeFileSync(sent, prints[0]?.pdf ?? new Uint8Array());
    const printedPage = grayPage(output);
    const sentPage = grayPage(sent);
    expect([printedPage.width, printedPage.height]).toEqual([sentPage.width, sentPage.height]);
    expect(inkShare(sentPage)).toBeGreaterThan(0.01);
    expect(blockDifference(printedPage, sentPage)).toBeLessThan(4);

    // The admin backs up by hand: one encrypted file on the "stick".
    await switchTo(page, staff.admin);
    await new ShellPage(page).go('settings');
    await settings.openTab(deviceUi.tab);
    const before = await tableCounts(page);
    expect(before.cases).toBe(1);
    // The office's recovery key, for the day this laptop is gone.
    await settings.main.getByRole('button', { name: deviceUi.createRecoveryKey }).click();
    const recoveryKey = (await settings.main.getByTestId('recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    await settings.main.getByRole('button', { name: deviceUi.keptRecoveryKey }).click();
    await expect(settings.main.getByText(/^Kunci pemulihan sudah dibuat/)).toBeVisible();
    await settings.main.getByRole('button', { name: deviceUi.backupNow }).click();
    await expect(settings.main.getByText(/^Cadangan tersimpan: loket-/)).toBeVisible();
    const files = readdirSync(bridge.backupDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.loketbak$/);
    const sealed = readFileSync(join(bridge.backupDir, files[0] ?? ''));
    expect(sealed.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(sealed.includes(Buffer.from(daeng.name))).toBe(false);

    // The laptop's data is gone; the next start offers the backup instead of the first-start
    // wizard, and restoring it brings every row back.
    await page.evaluate(async () => {
      localStorage.clear();
      await new Promise((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('loket');
        deleting.onsuccess = resolve;
        deleting.onerror = () => reject(deleting.error);
      });
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: deviceUi.restorePrompt })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/81-desktop-pulihkan.png' });
    await page.getByRole('button', { name: deviceUi.restore }).click();
    await expect(page.getByText(/^Data dipulihkan/)).toBeVisible();
    await new LoginPage(page).expectLoginScreen();
    expect(await tableCounts(page)).toEqual(before);
    await switchTo(page, staff.fo);
    await expect(page.getByRole('main').getByText(daeng.name).first()).toBeVisible();
    expect(existsSync(bridge.archiveDir)).toBe(true);

    // A new laptop with the stick: its own key cannot open the backup, the recovery key can.
    const laptop = await browser.newContext({
      baseURL,
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
      viewport: { width: 1366, height: 768 },
    });
    const other = await laptop.newPage();
    const otherBridge = await attachDesktopBridge(other, {
      appOrigin: new URL(baseURL ?? '').origin,
      printer: null,
      backupDir: bridge.backupDir,
    });
    try {
      await other.goto('/');
      await expect(other.getByRole('heading', { name: deviceUi.restorePrompt })).toBeVisible();
      await other.getByRole('button', { name: deviceUi.restore }).click();
      await expect(other.getByRole('alert')).toContainText('kunci pemulihan kantor');
      await other.getByLabel(new RegExp(`^${deviceUi.recoveryKeyField}`)).fill(recoveryKey);
      await other.getByRole('button', { name: deviceUi.restore }).click();
      await expect(other.getByText(/^Data dipulihkan/)).toBeVisible();
      await new LoginPage(other).expectLoginScreen();
      expect(await tableCounts(other)).toEqual(before);
    } finally {
      await otherBridge.close();
      await laptop.close();
    }
  });
});
