import { expect, type Locator, type Page } from '@playwright/test';

export const loginUi = {
  title: 'Masuk',
  usersList: 'Daftar pengguna',
  pin: 'PIN (6 angka)',
  otherUser: 'Pilih pengguna lain',
  lockTitle: 'Layar terkunci',
  switchUser: 'Keluar dan ganti pengguna',
} as const;

/** The sign-in screen and the lock screen. */
export class LoginPage {
  readonly users: Locator;
  readonly pin: Locator;
  readonly problem: Locator;
  readonly lockDialog: Locator;

  constructor(readonly page: Page) {
    this.users = page.getByRole('list', { name: loginUi.usersList });
    this.pin = page.getByLabel(loginUi.pin, { exact: true });
    this.problem = page.getByRole('alert');
    this.lockDialog = page.getByRole('dialog', { name: loginUi.lockTitle });
  }

  async expectLoginScreen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: loginUi.title })).toBeVisible();
  }

  user(name: string): Locator {
    return this.users.getByRole('button', { name: new RegExp(`^${escape(name)}`) });
  }

  async pickUser(name: string): Promise<void> {
    await this.user(name).click();
    await expect(this.pin).toBeFocused();
  }

  /** Types the PIN on the keyboard; the form submits itself at the sixth digit. */
  async typePin(pin: string): Promise<void> {
    await expect(this.pin).toBeEnabled();
    await this.pin.pressSequentially(pin);
  }

  /** The whole sign-in: pick the name, type the PIN, wait for the app. */
  async signIn(name: string, pin: string): Promise<void> {
    await this.pickUser(name);
    await this.typePin(pin);
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
