import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import { LoginPage } from './page-models/login-page';
import { setUpOffice, staff } from './page-models/office-fixture';
import { SettingsPage, settingsUi } from './page-models/settings-page';
import { ShellPage } from './page-models/shell-page';

test.skip(!hasChromium, noChromiumReason);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00+08:00'));
  await page.goto('/');
  await setUpOffice(page, [staff.fo, staff.kadis]);
  await new LoginPage(page).signIn(staff.admin.name, staff.admin.pin);
  await new ShellPage(page).go('settings');
});

test.describe('Pengaturan', () => {
  test('office profile: letterhead errors in place, signers, numbering with a live example', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await expect(settings.field('Pemerintah daerah')).toHaveValue('Pemerintah Kabupaten Bulukumba');
    await expect(settings.field('Nama lengkap dan gelar')).toHaveValue(staff.kadis.name);
    await expect(settings.numberExample()).toContainText('400.9.11/0123/Dinsos/2026');
    await settings.screenshot('40-pengaturan-kantor');
    await settings.screenshot('40b-pengaturan-kantor-penuh', { fullPage: true });

    await settings.field('Pola nomor').fill('{code}/{seq}/{unit}/{romanMonth}/{year}');
    await expect(settings.numberExample()).toContainText('400.9.11/0123/Dinsos/XI/2026');
    await settings.field('Pola nomor').fill('{code}/{seq}/{unit}');
    await expect(settings.numberExample()).toContainText('{year}');
    await settings.field('Pola nomor').fill('{code}/{seq}/{unit}/{romanMonth}/{year}');

    await settings.field('Kode pos').fill('92');
    await settings.field('Tanggal batas kirim ke BPJS').fill('19, 31');
    await settings.field('NIP').fill('1970');
    await page.getByRole('button', { name: settingsUi.saveProfile }).click();
    await expect(page.getByRole('alert').filter({ hasText: settingsUi.invalid })).toBeVisible();
    await expect(settings.main.getByText('Kode pos harus 5 angka.')).toBeVisible();
    await expect(
      settings.main.getByText('Tanggal batas kirim harus angka 1 sampai 28.'),
    ).toBeVisible();
    await expect(settings.main.getByText('NIP harus 18 angka.')).toBeVisible();
    await expect(settings.field('Kode pos')).toBeFocused();
    await settings.screenshot('41-pengaturan-kantor-salah');

    await settings.field('Kode pos').fill('92511');
    await settings.field('Tanggal batas kirim ke BPJS').fill('19, 24');
    await settings.field('NIP').fill(staff.kadis.nip);
    await page.getByRole('button', { name: settingsUi.saveProfile }).click();
    await expect(page.getByRole('status').filter({ hasText: settingsUi.saved })).toBeVisible();
    await page.reload();
    await expect(settings.field('Tanggal batas kirim ke BPJS')).toHaveValue('19, 24');
    await expect(settings.numberExample()).toContainText('400.9.11/0123/Dinsos/XI/2026');
  });

  test('users: add, edit roles, reset a PIN, deactivate; the last admin stays', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.openTab(settingsUi.users);
    await expect(settings.userRow(staff.fo.name)).toContainText('Front Office');
    await settings.screenshot('42-pengaturan-pengguna');

    await settings.main.getByRole('button', { name: settingsUi.addUser }).click();
    await settings.field('Nama lengkap dan gelar').fill(staff.bo.name);
    await settings.main.getByRole('checkbox', { name: /^Back Office/ }).check();
    await settings.field('PIN (6 angka)').fill('111111');
    await settings.field('Ulangi PIN').fill('111111');
    await settings.main.getByRole('button', { name: settingsUi.save, exact: true }).click();
    await expect(
      settings.main.getByText('PIN tidak boleh berisi satu angka yang diulang (mis. 111111).'),
    ).toBeVisible();
    await settings.screenshot('43-pengaturan-pengguna-baru', { fullPage: true });
    await settings.field('PIN (6 angka)').fill(staff.bo.pin);
    await settings.field('Ulangi PIN').fill(staff.bo.pin);
    await settings.main.getByRole('button', { name: settingsUi.save, exact: true }).click();
    await expect(settings.userRow(staff.bo.name)).toContainText('Back Office');

    // The FO also checks papers as BO.
    await settings.userRow(staff.fo.name).getByRole('button', { name: /^Ubah/ }).click();
    await settings.main.getByRole('checkbox', { name: /^Back Office/ }).check();
    await settings.main.getByRole('button', { name: settingsUi.save, exact: true }).click();
    await expect(settings.userRow(staff.fo.name)).toContainText('Front Office, Back Office');

    // The only admin cannot drop the admin role nor deactivate themselves.
    await settings.userRow(staff.admin.name).getByRole('button', { name: /^Ubah/ }).click();
    await settings.main.getByRole('checkbox', { name: /^Admin/ }).uncheck();
    await settings.main.getByRole('checkbox', { name: /^Front Office/ }).check();
    await settings.main.getByRole('button', { name: settingsUi.save, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Harus tetap ada paling sedikit satu admin yang aktif.',
    );
    await settings.main.getByRole('button', { name: 'Batal' }).click();
    await settings
      .userRow(staff.admin.name)
      .getByRole('button', { name: /^Nonaktifkan/ })
      .click();
    await expect(page.getByRole('alert')).toHaveText(
      'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    );

    await settings
      .userRow(staff.bo.name)
      .getByRole('button', { name: /^Atur ulang PIN/ })
      .click();
    await settings.field('PIN (6 angka)').fill('246810');
    await settings.field('Ulangi PIN').fill('246810');
    await settings.main.getByRole('button', { name: settingsUi.save, exact: true }).click();
    await expect(settings.main.getByRole('status')).toContainText(
      `PIN ${staff.bo.name} sudah diganti`,
    );

    await settings
      .userRow(staff.fo.name)
      .getByRole('button', { name: /^Nonaktifkan/ })
      .click();
    await expect(settings.userRow(staff.fo.name)).toContainText('Nonaktif');
    await settings.screenshot('44-pengaturan-pengguna-diubah');

    const shell = new ShellPage(page);
    await shell.logout();
    const login = new LoginPage(page);
    await expect(login.user(staff.fo.name)).toHaveCount(0);
    await login.signIn(staff.bo.name, '246810');
  });

  test('standards in force: version, date and status from the catalog', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.openTab(settingsUi.standards);
    const rows = settings.main
      .getByRole('table', { name: settingsUi.standardsTable })
      .getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('REAKTIVASI-PBI');
    await expect(rows.nth(1)).toContainText('1 April 2026');
    await expect(rows.nth(1)).toContainText('Berlaku');
    await expect(rows.nth(2)).toContainText('Sudah diganti');
    await settings.screenshot('45-pengaturan-standar');

    await settings.main.getByRole('checkbox', { name: /REAKTIVASI-PBI/ }).uncheck();
    await settings.main.getByRole('button', { name: 'Simpan layanan' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Pilih paling sedikit satu layanan yang dilayani kantor ini.',
    );
  });
});
