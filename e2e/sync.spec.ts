import { expect, test, type Page } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import {
  CasePage,
  counterUi,
  daeng,
  daysAgo,
  hasnah,
  InboxPage,
  IntakePage,
  openFromWorklist,
  paperRow,
  shot,
  switchTo,
  worklistRow,
} from './page-models/counter-page';
import { LetterPanel, letterWorkFetched } from './page-models/letter-page';
import { photoOfPaper } from './page-models/scan-fixture';
import { LoginPage } from './page-models/login-page';
import { bulukumba, letterStaff, setUpOffice, staff } from './page-models/office-fixture';
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
  saveBundle: 'Simpan bundel untuk flashdisk',
} as const;

const status = (page: Page) => page.getByRole('group', { name: syncUi.status }).first();

/** Pengaturan → Sinkronisasi, as the signed-in admin sees it. */
async function syncSettings(page: Page) {
  await new ShellPage(page).go('settings');
  const settings = new SettingsPage(page);
  await settings.openTab(syncUi.tab);
  return settings.main;
}

/** The file the page saves when `act` runs (a bundle, a return file): where it is. */
async function saved(page: Page, act: () => Promise<unknown>): Promise<string> {
  const download = page.waitForEvent('download');
  await act();
  return (await download).path();
}

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
  test('Bulukumba: loket 1 tanpa sambungan mendaftarkan dua permohonan dan menerbitkan surat, lalu mengirim sendiri; loket 2 melihat permohonan dan nomor suratnya', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();

    // Loket 1 is set up as the office's first counter, with everyone its letters need, then
    // enrolled by its admin.
    await first.goto('/');
    await setUpOffice(first, letterStaff, bulukumba);
    const letterWorkReady = letterWorkFetched(first);
    await new LoginPage(first).signIn(staff.admin.name, staff.admin.pin);
    await enrolInSettings(first, enrolmentCode('dinsos-bulukumba', 0), 'Loket 1 Ujung Bulu');
    await expect(status(first)).toContainText(/Sinkron terakhir .* · semua terkirim/);
    await shot(first, '90-sinkronisasi-terdaftar');

    // Loket 2 joins the office at its first start and downloads it.
    await second.goto('/');
    await second.getByRole('button', { name: syncUi.join }).click();
    await second.getByLabel(syncUi.code).fill(enrolmentCode('dinsos-bulukumba', 1));
    await second.getByLabel(syncUi.label).fill('Loket 2 Gantarang');
    await shot(second, '91-gabung-kantor');
    await second.getByRole('button', { name: syncUi.enrol }).click();
    await new LoginPage(second).expectLoginScreen();
    await new LoginPage(second).signIn(staff.fo.name, staff.fo.pin);

    // Loket 1 loses its link while the first citizen is at the counter, and registers two
    // cases without it. (The browser mode loads the region list and the letter work from its
    // server, so the first address is filled and the letter work fetched before the link
    // drops: in Electron they are local files.)
    await switchTo(first, staff.fo);
    const intake = new IntakePage(first);
    await intake.startForSelf('REAKTIVASI-PBI', daeng);
    await letterWorkReady;
    await first.context().setOffline(true);
    await intake.finishReactivation('3', daysAgo(60), daysAgo(2));
    const kase = new CasePage(first);
    await kase.run(counterUi.case.completeStep, 'Langkah selesai.');
    await intake.startForSelf('REAKTIVASI-PBI', hasnah);
    await intake.finishReactivation('2', daysAgo(45), daysAgo(1));

    // Still offline, the first case goes through to its letter: the draft, the paraf chain,
    // the number from the counter's own block, the Kepala Dinas's signature.
    await switchTo(first, staff.bo);
    await openFromWorklist(first, daeng.name);
    await kase.run(counterUi.case.submitForParaf, 'Konsep surat diajukan.');
    const inbox = new InboxPage(first);
    for (const reviewer of [staff.penyuluh, staff.kabid, staff.sekretaris]) {
      await switchTo(first, reviewer);
      await inbox.open();
      await inbox.paraf(daeng.name);
    }
    await switchTo(first, staff.bo);
    await openFromWorklist(first, daeng.name);
    const letter = new LetterPanel(first);
    const issued = await letter.issue();
    expect(issued.number).toMatch(/^400\.9\.11\/\d{4}\/Dinsos\/\d{4}$/);
    await letter.panel.scrollIntoViewIfNeeded();
    await shot(first, '92-surat-terbit-tanpa-sambungan');
    await switchTo(first, staff.kadis);
    await inbox.open();
    await inbox.sign(daeng.name);
    await new ShellPage(first).go('home');
    await expect(status(first)).toContainText(/menunggu/, { timeout: 20_000 });
    await shot(first, '93-menunggu-sambungan');

    // The link comes back: loket 1 sends by itself.
    await first.context().setOffline(false);
    await expect(status(first)).toContainText('semua terkirim', { timeout: 30_000 });

    // Loket 2, on its Beranda, syncs and sees both cases come in, and on the first one the
    // letter under the number loket 1 gave it, signed.
    await expect(worklistRow(second, daeng.name)).toHaveCount(0);
    await status(second).getByRole('button', { name: syncUi.syncNow }).click();
    await expect(worklistRow(second, daeng.name)).toHaveCount(1, { timeout: 30_000 });
    await expect(worklistRow(second, hasnah.name)).toHaveCount(1);
    await shot(second, '94-loket-2-melihat-permohonan');
    await openFromWorklist(second, daeng.name);
    const synced = new LetterPanel(second);
    await expect(synced.number).toHaveText(issued.number);
    const syncedCase = new CasePage(second);
    await expect(syncedCase.history.getByText('Ditandatangani Kepala Dinas Sosial')).toBeVisible();
    // The region names come with the region list, which this counter loads on first use.
    await expect(syncedCase.subject.getByText(/Kec\. Ujung Bulu/)).toBeVisible();
    await synced.panel.scrollIntoViewIfNeeded();
    await shot(second, '95-loket-2-melihat-nomor-surat');
    // Its PDF, made on loket 1, comes from the server the first time loket 2 saves it.
    const pdf = await synced.downloadPdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await switchTo(first, staff.bo);
    await openFromWorklist(first, daeng.name);
    expect(Buffer.compare(pdf, await letter.downloadPdf())).toBe(0);
  });

  test('Mentawai: Loket Siberut tanpa sambungan menitipkan bundel flashdisk ke Loket Tuapejat yang tersambung, lalu membaca balasannya', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const island = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const town = await (await browser.newContext({ acceptDownloads: true })).newPage();

    await island.goto('/');
    await setUpOffice(island, [staff.fo], /Kepulauan Mentawai/);
    await new LoginPage(island).signIn(staff.admin.name, staff.admin.pin);
    await enrolInSettings(island, enrolmentCode('dinsos-mentawai', 0), 'Loket Siberut');
    await expect(status(island)).toContainText('semua terkirim');

    await town.goto('/');
    await town.getByRole('button', { name: syncUi.join }).click();
    await town.getByLabel(syncUi.code).fill(enrolmentCode('dinsos-mentawai', 1));
    await town.getByLabel(syncUi.label).fill('Loket Tuapejat');
    await town.getByRole('button', { name: syncUi.enrol }).click();
    await new LoginPage(town).signIn(staff.admin.name, staff.admin.pin);

    // Siberut has no link for days: a case is taken in and waits.
    await switchTo(island, staff.fo);
    const intake = new IntakePage(island);
    await intake.open();
    await intake.chooseService('REK-BPJS-APBD');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), daeng);
    await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await intake.fillAddressFromNik(intake.applicant());
    await island.context().setOffline(true);
    await intake.step('Berkas persyaratan');
    await island.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await paperRow(island.getByRole('main'), 'Fotokopi Kartu Tanda Penduduk')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ktp-daeng.jpg', mimeType: 'image/jpeg', buffer: photoOfPaper() });
    await expect(island.getByText('ktp-daeng.jpg')).toBeVisible();
    await intake.step('Ringkasan');
    await intake.register();
    await new ShellPage(island).go('home');
    await expect(status(island)).toContainText(/menunggu/, { timeout: 20_000 });

    // The admin saves everything waiting to the stick.
    await switchTo(island, staff.admin);
    const islandSync = await syncSettings(island);
    const bundle = await saved(island, () =>
      islandSync.getByRole('button', { name: syncUi.saveBundle }).click(),
    );
    await expect(islandSync.getByText(/^Bundel tersimpan: \d+ perubahan/)).toBeVisible();

    // At Tuapejat, online, the stick's bundle is handed on; its return file goes on the stick.
    const townSync = await syncSettings(town);
    const answer = await saved(town, () =>
      townSync.getByTestId('relay-bundle-file').setInputFiles(bundle),
    );
    await expect(townSync.getByText(/^Bundel diteruskan ke server/)).toBeVisible();
    await shot(town, '96-bundel-diteruskan');
    await status(town).getByRole('button', { name: syncUi.syncNow }).click();
    await new ShellPage(town).go('home');
    await expect(worklistRow(town, daeng.name)).toHaveCount(1, { timeout: 30_000 });
    // The KTP's photo came with the bundle to the server, not to this counter: it is fetched
    // when the clerk asks for it.
    await openFromWorklist(town, daeng.name);
    const ktp = new CasePage(town).papers.getByRole('button', {
      name: 'Ambil Pindaian Fotokopi Kartu Tanda Penduduk, halaman 1 dari server kantor',
    });
    await ktp.scrollIntoViewIfNeeded();
    await shot(town, '96a-pindaian-di-loket-lain');
    await ktp.click();
    const photo = new CasePage(town).papers.getByRole('button', {
      name: 'Pindaian Fotokopi Kartu Tanda Penduduk, halaman 1',
    });
    await expect(photo.locator('img')).toBeVisible();
    await shot(town, '96b-pindaian-diambil-dari-server');

    // Back at Siberut, still without a link, the return file settles what was waiting.
    await islandSync.getByTestId('return-bundle-file').setInputFiles(answer);
    await expect(
      islandSync.getByText(/^Bundel balasan dibaca: \d+ perubahan dijawab \(0 ditolak\)/),
    ).toBeVisible();
    await expect(status(island)).not.toContainText('menunggu');
    await shot(island, '97-bundel-balasan-dibaca');
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
