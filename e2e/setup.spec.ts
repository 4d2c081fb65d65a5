import { expect, test, type Page } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import { LoginPage } from './page-models/login-page';
import { bulukumba, letterStaff, setUpOffice, staff } from './page-models/office-fixture';
import { SetupPage, setupUi } from './page-models/setup-page';
import { ShellPage } from './page-models/shell-page';

test.skip(!hasChromium, noChromiumReason);

// "Today" for the numbering example and the standards in force; each test gets a fresh,
// empty browser context (no IndexedDB, no storage).
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00+08:00'));
});

/** The wizard's saved draft, as the browser keeps it in localStorage. */
async function setupDraftIn(page: Page): Promise<string | undefined> {
  const { origins } = await page.context().storageState();
  return origins
    .flatMap((origin) => origin.localStorage)
    .find((entry) => entry.name === 'loket.setupDraft')?.value;
}

test.describe('Penyiapan pertama dan masuk', () => {
  test('first start: Bulukumba, its admin, FO, BO, three reviewers and the Kepala Dinas', async ({
    page,
  }) => {
    // The whole first start by hand: eight PIN hashes and two reloads.
    test.slow();
    const setup = new SetupPage(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: setupUi.title })).toBeVisible();
    await setup.expectStep(setupUi.officeHeading);
    await expect(setup.heading(setupUi.officeHeading)).toBeFocused();
    await setup.next();
    await expect(page.getByRole('alert')).toHaveText('Pilih salah satu kantor.');
    await setup.screenshot('20-penyiapan-pilih-kantor');

    // Keyboard only: the radio group, arrows, Enter.
    await setup.chooseOffice(/Pemerintah Kabupaten Tanggamus/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(setup.panel.getByRole('radio', { name: bulukumba })).toBeChecked();
    await page.keyboard.press('Enter');

    await setup.expectStep(setupUi.letterheadHeading);
    await expect(setup.field('Pemerintah daerah')).toHaveValue('Pemerintah Kabupaten Bulukumba');
    await expect(setup.field('Alamat jalan')).toHaveValue('Jl. Serikaya No. 11');
    await expect(setup.field('Tanggal batas kirim ke BPJS')).toHaveValue('20');
    await setup.field('Nama kantor').fill('');
    await setup.field('Kode pos').fill('925');
    await setup.next();
    await expect(setup.panel.getByText('Nama kantor wajib diisi.')).toBeVisible();
    await expect(setup.panel.getByText('Kode pos harus 5 angka.')).toBeVisible();
    await expect(setup.field('Nama kantor')).toBeFocused();
    await setup.screenshot('21-penyiapan-kop-salah', { fullPage: true });

    // What was typed survives a reload.
    await setup.field('Nama kantor').fill('Dinas Sosial');
    await setup.field('Kode pos').fill('92511');
    await setup.field('Bidang/unit (boleh kosong)').fill('Bidang Perlindungan dan Jaminan Sosial');
    await page.reload();
    await setup.expectStep(setupUi.letterheadHeading);
    await expect(setup.field('Bidang/unit (boleh kosong)')).toHaveValue(
      'Bidang Perlindungan dan Jaminan Sosial',
    );
    await expect(page.getByRole('figure', { name: 'Pratinjau kop' })).toContainText(
      'Bidang Perlindungan dan Jaminan Sosial',
    );
    await setup.screenshot('22-penyiapan-kop', { fullPage: true });
    await setup.next();

    await setup.expectStep(setupUi.adminHeading);
    await setup.field('Nama lengkap admin').fill(staff.admin.name);
    await setup.field('PIN (6 angka)').fill('123456');
    await setup.field('Ulangi PIN').fill('123456');
    await setup.next();
    await expect(
      setup.panel.getByText('PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'),
    ).toBeVisible();
    await setup.screenshot('23-penyiapan-admin-pin-lemah');
    await setup.createAdmin(staff.admin.name, staff.admin.pin);

    // A signer without NIP and rank is refused, in place.
    await setup.fillAccount({ ...staff.kadis, nip: undefined, rank: undefined });
    await setup.panel.getByRole('button', { name: setupUi.addUser }).click();
    await expect(setup.panel.getByText('NIP wajib diisi untuk penandatangan.')).toBeVisible();
    await expect(
      setup.panel.getByText('Pangkat/golongan wajib dipilih untuk penandatangan.'),
    ).toBeVisible();
    await setup.screenshot('24-penyiapan-penandatangan-salah', { fullPage: true });
    await setup.field('NIP (18 angka)').fill(staff.kadis.nip);
    await setup.field('Pangkat/golongan').selectOption({ label: staff.kadis.rank });
    await setup.field('PIN (6 angka)').fill(staff.kadis.pin);
    await setup.field('Ulangi PIN').fill(staff.kadis.pin);
    await setup.panel.getByRole('button', { name: setupUi.addUser }).click();
    await expect(setup.draftUsers().filter({ hasText: staff.kadis.name })).toHaveCount(1);

    for (const account of letterStaff.slice(0, 3)) await setup.addUser(account);
    // Half-way: the accounts added so far (PINs as hashes only) survive a reload.
    await page.reload();
    await setup.expectStep(setupUi.usersHeading);
    await expect(setup.draftUsers()).toHaveCount(5);
    for (const account of letterStaff.slice(3, 5)) await setup.addUser(account);
    await expect(setup.draftUsers()).toHaveCount(7);
    await setup.screenshot('25-penyiapan-pengguna', { fullPage: true });
    const stored = await setupDraftIn(page);
    for (const account of letterStaff) expect(stored).not.toContain(`"${account.pin}"`);

    await setup.next();
    await setup.expectStep(setupUi.doneHeading);
    await expect(setup.panel).toContainText(
      'Kepala Dinas Sosial: Drs. Andi Amiruddin, M.Si., Pembina Utama Muda (IV/c), NIP 19700101 199503 1 001',
    );
    await expect(setup.panel).toContainText('tanggal 20 setiap bulan');
    await setup.screenshot('26-penyiapan-selesai', { fullPage: true });
    await setup.finish();

    const login = new LoginPage(page);
    await login.expectLoginScreen();
    await expect(login.users.getByRole('button')).toHaveCount(7);
    await login.screenshot('27-masuk-pilih-nama');
    await login.pickUser(staff.kabid.name);
    await login.screenshot('28-masuk-pin');
    await login.typePin(staff.kabid.pin);

    const shell = new ShellPage(page);
    await expect(shell.title).toHaveText('Beranda · Antrean');
    await expect(shell.user).toContainText(staff.kabid.name);
    await expect(shell.user).toContainText('Pemaraf');
    await expect(shell.link('approvals')).toBeVisible();
    await expect(shell.link('settings')).toHaveCount(0);
    await shell.screenshot('29-beranda-pemaraf');
    expect(await setupDraftIn(page)).toBeUndefined();
  });

  test('five wrong PINs lock the account, in Indonesian, across a reload, for 5 minutes', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-23T09:00:00+08:00') });
    await page.goto('/');
    await setUpOffice(page, [staff.fo]);
    const login = new LoginPage(page);
    await login.pickUser(staff.fo.name);

    for (const [i, left] of [4, 3, 2].entries()) {
      await login.typePin(`90817${i}`);
      await expect(login.problem).toHaveText(
        `PIN salah. Sisa ${left} kali percobaan sebelum akun dikunci sementara.`,
      );
    }
    await login.typePin('908173');
    await expect(login.problem).toHaveText(
      'PIN salah. Satu kali lagi salah, akun dikunci sementara.',
    );
    await login.typePin('908174');
    await expect(login.problem).toContainText('PIN salah 5 kali. Akun dikunci selama 5 menit.');
    await expect(login.problem).toContainText(/Coba lagi dalam (5 menit|4 menit \d+ detik)\./);
    await expect(login.pin).toBeDisabled();
    await login.screenshot('30-masuk-terkunci');

    // A reload does not lift the lock: it is kept on the account.
    await page.reload();
    await login.user(staff.fo.name).click();
    await expect(login.problem).toContainText(
      'Akun dikunci sementara karena PIN salah berulang kali.',
    );
    await expect(login.pin).toBeDisabled();

    await page.clock.fastForward('05:01');
    await expect(login.pin).toBeEnabled();
    await expect(login.problem).toHaveCount(0);
    await login.typePin(staff.fo.pin);
    await expect(new ShellPage(page).title).toHaveText('Beranda · Antrean');
  });

  test('a reload keeps the session as it was: unlocked, or locked with the screen kept', async ({
    page,
  }) => {
    await page.goto('/');
    await setUpOffice(page);
    const login = new LoginPage(page);
    await login.signIn(staff.admin.name, staff.admin.pin);
    const shell = new ShellPage(page);

    await shell.go('settings');
    await page.reload();
    await expect(shell.title).toHaveText('Pengaturan');
    await expect(shell.link('settings')).toHaveAttribute('aria-current', 'page');

    // Typed but not saved, then the screen is locked: the text is still there afterwards.
    const unit = page.getByLabel('Bidang/unit (boleh kosong)', { exact: true });
    await unit.fill('Bidang Linjamsos');
    await shell.lock();
    await expect(login.lockDialog).toBeVisible();
    await expect(login.lockDialog).toContainText(staff.admin.name);
    await login.screenshot('31-layar-terkunci');
    await login.typePin('111112');
    await expect(login.problem).toContainText('PIN salah.');
    await login.typePin(staff.admin.pin);
    await expect(login.lockDialog).toHaveCount(0);
    await expect(unit).toHaveValue('Bidang Linjamsos');

    // Locked, then reloaded: still locked.
    await shell.lock();
    await page.reload();
    await expect(login.lockDialog).toBeVisible();
    await login.typePin(staff.admin.pin);
    await expect(shell.title).toHaveText('Pengaturan');

    // Signed out, then reloaded: the sign-in screen.
    await shell.logout();
    await page.reload();
    await login.expectLoginScreen();
  });

  test('the screen locks itself after 10 idle minutes', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T09:00:00+08:00') });
    await page.goto('/');
    await setUpOffice(page);
    const login = new LoginPage(page);
    await login.signIn(staff.admin.name, staff.admin.pin);
    await page.clock.fastForward('09:00');
    await expect(login.lockDialog).toHaveCount(0);
    await page.clock.fastForward('01:10');
    await expect(login.lockDialog).toBeVisible();
  });

  test('each role sees its own menu: the FO has no Pengaturan and no Paraf', async ({ page }) => {
    await page.goto('/');
    await setUpOffice(page, [staff.fo, staff.kadis]);
    const login = new LoginPage(page);
    const shell = new ShellPage(page);

    await login.signIn(staff.fo.name, staff.fo.pin);
    await expect(shell.nav.getByRole('link')).toHaveText([
      /^Beranda/,
      /^Permohonan baru/,
      /^Surat keluar/,
      /^Periksa surat/,
      /^Standar Pelayanan/,
    ]);
    await shell.screenshot('32-beranda-fo');
    await page.goto('/#/pengaturan/pengguna');
    await expect(shell.title).toHaveText('Beranda · Antrean');
    await expect(page).toHaveURL(/#\/beranda$/);
    await shell.go('newCase');
    await expect(shell.title).toHaveText('Permohonan Baru');
    await shell.logout();

    await login.signIn(staff.kadis.name, staff.kadis.pin);
    await expect(shell.link('approvals')).toBeVisible();
    await expect(shell.link('settings')).toHaveCount(0);
    await shell.go('approvals');
    await expect(shell.title).toHaveText('Paraf & Tanda Tangan');
    await shell.screenshot('33-paraf-penandatangan');
    await shell.logout();

    await login.signIn(staff.admin.name, staff.admin.pin);
    await expect(shell.link('settings')).toBeVisible();
  });
});
