import { expect, type Locator, type Page } from '@playwright/test';

export const shellUi = {
  nav: 'Menu utama',
  links: {
    home: 'Beranda',
    newCase: 'Permohonan baru',
    approvals: 'Paraf & tanda tangan',
    outgoing: 'Surat keluar',
    verify: 'Periksa surat',
    standards: 'Standar Pelayanan',
    settings: 'Pengaturan',
  },
  lock: 'Kunci',
  logout: 'Keluar',
  user: 'Pengguna yang sedang masuk',
} as const;

/** The frame after sign-in: header, navigation, the screen's h1. */
export class ShellPage {
  readonly nav: Locator;
  readonly title: Locator;
  readonly user: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: shellUi.nav });
    this.title = page.getByRole('heading', { level: 1 });
    this.user = page.getByRole('group', { name: shellUi.user });
  }

  link(name: keyof typeof shellUi.links): Locator {
    return this.nav.getByRole('link', { name: new RegExp(`^${escape(shellUi.links[name])}`) });
  }

  async go(name: keyof typeof shellUi.links): Promise<void> {
    await this.link(name).click();
    await expect(this.link(name)).toHaveAttribute('aria-current', 'page');
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: shellUi.lock, exact: true }).click();
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: shellUi.logout, exact: true }).click();
  }

  /** A 1366×768 picture (or the whole page, from the top) for a person to look at. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    if (options.fullPage) await this.page.evaluate('window.scrollTo(0, 0)');
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, ...options });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
