import { expect, test, type Page } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import {
  counterUi,
  daeng,
  IntakePage,
  shot,
  switchTo,
  worklistRow,
} from './page-models/counter-page';
import { LoginPage } from './page-models/login-page';
import { setUpOffice, staff } from './page-models/office-fixture';
import { SettingsPage } from './page-models/settings-page';
import { setupUi } from './page-models/setup-page';
import { ShellPage } from './page-models/shell-page';
import { enrolmentCode } from './syncCodes';

test.skip(!hasChromium, noChromiumReason);

const syncUi = {
  tab: 'Sinkronisasi',
  status: 'Status sinkronisasi',
  code: 'Kode pendaftaran dari admin kantor',
  label: 'Nama perangkat ini',
  enrol: 'Daftarkan perangkat',
  syncNow: 'Sinkronkan sekarang',
  join: 'Kantor ini sudah memakai Loket? Hubungkan perangkat ini',
} as const;

const status = (page: Page) => page.getByRole('group', { name: syncUi.status }).first();

async function enrolInSettings(page: Page, code: string, label: string) {
  await new ShellPage(page).go('settings');
  const settings = new SettingsPage(page);
  await settings.openTab(syncUi.tab);
  await settings.main.getByLabel(syncUi.code).fill(code);
  await settings.main.getByLabel(syncUi.label).fill(label);
  await settings.main.getByRole('button', { name: syncUi.enrol }).click();
  await expect(settings.main.getByText(/^Terdaftar sebagai “/)).toBeVisible();
}

test.describe('Loket: sinkronisasi antar-loket', () => {
  test('Mentawai: loket 1 mendaftar tanpa sambungan, lalu mengirim sendiri; loket 2 melihat permohonannya', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();

    // Loket 1 is set up as the office's first counter, then enrolled by its admin.
    await first.goto('/');
    await setUpOffice(first, [staff.fo], /Kepulauan Mentawai/);
    await new LoginPage(first).signIn(staff.admin.name, staff.admin.pin);
    await enrolInSettings(first, enrolmentCode('dinsos-mentawai', 0), 'Loket 1 Tuapejat');
    await expect(status(first)).toContainText(/Sinkron terakhir .* · semua terkirim/);
    await shot(first, '90-sinkronisasi-terdaftar');

    // Loket 2 joins the office at its first start and downloads it.
    await second.goto('/');
    await second.getByRole('button', { name: syncUi.join }).click();
    await second.getByLabel(syncUi.code).fill(enrolmentCode('dinsos-mentawai', 1));
    await second.getByLabel(syncUi.label).fill('Loket 2 Sikakap');
    await shot(second, '91-gabung-kantor');
    await second.getByRole('button', { name: syncUi.enrol }).click();
    await new LoginPage(second).expectLoginScreen();
    await new LoginPage(second).signIn(staff.fo.name, staff.fo.pin);

    // Loket 1 loses its link while a case is taken in, registers it, and keeps it waiting.
    // (The browser mode loads the region list from its server: in Electron it is local.)
    await switchTo(first, staff.fo);
    const intake = new IntakePage(first);
    await intake.open();
    await intake.chooseService('REK-BPJS-APBD');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), daeng);
    await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await intake.fillAddressFromNik(intake.applicant());
    await first.context().setOffline(true);
    await intake.step('Berkas persyaratan');
    await first.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await intake.step('Ringkasan');
    await intake.register();
    await new ShellPage(first).go('home');
    await expect(status(first)).toContainText(/menunggu/, { timeout: 20_000 });
    await shot(first, '92-menunggu-sambungan');

    // The link comes back: loket 1 sends by itself.
    await first.context().setOffline(false);
    await expect(status(first)).toContainText('semua terkirim', { timeout: 30_000 });

    // Loket 2 syncs and sees the case.
    await status(second).getByRole('button', { name: syncUi.syncNow }).click();
    await expect(status(second)).toContainText('Sinkron terakhir', { timeout: 30_000 });
    await new ShellPage(second).go('home');
    await second.reload();
    await expect(worklistRow(second, daeng.name)).toHaveCount(1, { timeout: 30_000 });
    await shot(second, '93-loket-2-melihat-permohonan');
  });

  test('a code of another office is refused and nothing is stored', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: setupUi.officeHeading })).toBeVisible();
    await setUpOffice(page, [], /Kepulauan Mentawai/);
    await new LoginPage(page).signIn(staff.admin.name, staff.admin.pin);
    await new ShellPage(page).go('settings');
    const settings = new SettingsPage(page);
    await settings.openTab(syncUi.tab);
    await settings.main.getByLabel(syncUi.code).fill(enrolmentCode('dinsos-solok', 0));
    await settings.main.getByLabel(syncUi.label).fill('Loket salah kantor');
    await settings.main.getByRole('button', { name: syncUi.enrol }).click();
    await expect(settings.main.getByRole('alert')).toContainText('Kode ini untuk kantor lain');
    await expect(status(page)).toContainText('Belum terhubung ke server');
  });
});
