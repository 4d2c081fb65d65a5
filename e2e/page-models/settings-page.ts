import { expect, type Locator, type Page } from '@playwright/test';

export const settingsUi = {
  tabs: 'Bagian pengaturan',
  office: 'Profil kantor',
  users: 'Pengguna',
  standards: 'Standar pelayanan',
  saveProfile: 'Simpan profil kantor',
  saved: 'Profil kantor tersimpan.',
  invalid: 'Profil belum dapat disimpan. Perbaiki isian yang ditandai.',
  example: 'Contoh nomor surat',
  usersTable: 'Daftar pengguna',
  addUser: 'Tambah pengguna',
  save: 'Simpan',
  standardsTable: 'Versi standar pelayanan',
} as const;

/** Pengaturan: the office profile, the accounts, the standards in force. */
export class SettingsPage {
  readonly main: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.tabs = page.getByRole('navigation', { name: settingsUi.tabs });
  }

  async openTab(name: string): Promise<void> {
    await this.tabs.getByRole('link', { name, exact: true }).click();
    await expect(this.tabs.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  /** The live example under the numbering fields. */
  numberExample(): Locator {
    return this.main.getByText(settingsUi.example).locator('..');
  }

  userRow(name: string): Locator {
    return this.main
      .getByRole('table', { name: settingsUi.usersTable })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    if (options.fullPage) await this.page.evaluate('window.scrollTo(0, 0)');
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, ...options });
  }
}
