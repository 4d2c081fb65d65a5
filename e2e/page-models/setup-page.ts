import { expect, type Locator, type Page } from '@playwright/test';

/** The first-start wizard, in the words a clerk reads. */
export const setupUi = {
  title: 'Penyiapan pertama',
  officeHeading: 'Pilih kantor Anda',
  letterheadHeading: 'Periksa kop surat dan batas kirim',
  adminHeading: 'Buat akun admin',
  usersHeading: 'Tambah petugas',
  doneHeading: 'Periksa lalu selesaikan',
  next: 'Lanjut',
  back: 'Kembali',
  addUser: 'Tambah pengguna',
  finish: 'Selesai dan mulai memakai Loket',
  draftList: 'Pengguna yang akan dibuat',
  roles: {
    fo: 'Front Office',
    bo: 'Back Office',
    reviewer: 'Pemaraf',
    signer: 'Penandatangan',
    admin: 'Admin',
  },
} as const;

export type Role = keyof typeof setupUi.roles;

export interface Account {
  name: string;
  pin: string;
  roles: readonly Role[];
  positions?: readonly string[];
  nip?: string;
  /** The rank as the select shows it, e.g. "Pembina Utama Muda (IV/c)". */
  rank?: string;
}

export class SetupPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('main');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  async expectStep(heading: string): Promise<void> {
    await expect(this.heading(heading)).toBeVisible();
  }

  async next(): Promise<void> {
    await this.panel.getByRole('button', { name: setupUi.next, exact: true }).click();
  }

  async chooseOffice(government: string | RegExp): Promise<void> {
    await this.panel.getByRole('radio', { name: government }).check();
  }

  /** Fills the admin step and goes on to the users. */
  async createAdmin(name: string, pin: string): Promise<void> {
    await this.field('Nama lengkap admin').fill(name);
    await this.field('PIN (6 angka)').fill(pin);
    await this.field('Ulangi PIN').fill(pin);
    await this.next();
    await this.expectStep(setupUi.usersHeading);
  }

  async fillAccount(account: Account): Promise<void> {
    await this.field('Nama lengkap dan gelar').fill(account.name);
    const roles = this.panel.getByRole('group', { name: 'Peran' });
    for (const role of account.roles) {
      await roles.getByRole('checkbox', { name: new RegExp(`^${setupUi.roles[role]}`) }).check();
    }
    const positions = this.panel.getByRole('group', { name: 'Jabatan' });
    for (const position of account.positions ?? []) {
      await positions.getByRole('checkbox', { name: position, exact: true }).check();
    }
    if (account.nip) await this.field('NIP (18 angka)').fill(account.nip);
    if (account.rank) await this.field('Pangkat/golongan').selectOption({ label: account.rank });
    await this.field('PIN (6 angka)').fill(account.pin);
    await this.field('Ulangi PIN').fill(account.pin);
  }

  async addUser(account: Account): Promise<void> {
    await this.fillAccount(account);
    await this.panel.getByRole('button', { name: setupUi.addUser }).click();
    await expect(this.draftUsers().filter({ hasText: account.name })).toHaveCount(1);
  }

  draftUsers(): Locator {
    return this.panel.getByRole('list', { name: setupUi.draftList }).first().getByRole('listitem');
  }

  async finish(): Promise<void> {
    await this.panel.getByRole('button', { name: setupUi.finish }).click();
  }

  /** A 1366×768 picture (or the whole page, from the top) for a person to look at. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    if (options.fullPage) await this.page.evaluate('window.scrollTo(0, 0)');
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, ...options });
  }
}
