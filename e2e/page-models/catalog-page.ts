import { expect, type Locator, type Page } from '@playwright/test';
import { signedInAsAdmin } from './office-fixture';

/**
 * What a clerk reads on the screen. Written out here rather than imported from the
 * renderer, so the tests check the Indonesian text itself.
 */
export const ui = {
  screenTitle: 'Katalog Standar Pelayanan',
  skipToContent: 'Langsung ke isi',
  officeList: 'Daftar kantor',
  serviceList: 'Daftar layanan kantor terpilih',
  versions: 'Versi standar',
  inForce: 'Berlaku hari ini',
  backToInForce: 'Tampilkan versi yang berlaku',
  print: 'Cetak',
  posterPdf: 'Cetak poster PDF (F4)',
  totalsMismatch: 'Perhatian: angka waktu dalam standar tidak cocok',
  parafChain: 'Urutan paraf',
  implied: '(tidak tercantum dalam standar)',
  noDecree: 'No. SK: —',
  noAddress: 'Alamat kantor belum tercantum',
  noComplaintChannels: 'Standar ini tidak mencantumkan saluran pengaduan.',
  officeHours: 'Jam kerja kantor',
  sections: {
    legalBasis: 'Dasar Hukum',
    requirements: 'Persyaratan',
    procedure: 'Sistem, Mekanisme dan Prosedur',
    time: 'Jangka Waktu Penyelesaian',
    fee: 'Biaya/Tarif',
    products: 'Produk Pelayanan',
    hours: 'Jam Pelayanan',
    complaints: 'Penanganan Pengaduan, Saran dan Masukan',
    eligibility: 'Syarat Kelayakan',
    notes: 'Catatan',
  },
} as const;

/** The "Katalog Standar Pelayanan" screen. */
export class CatalogPage {
  readonly officeList: Locator;
  readonly serviceList: Locator;
  readonly standard: Locator;
  readonly standardHeading: Locator;
  readonly versions: Locator;
  readonly totalsNotice: Locator;
  readonly versionNotice: Locator;

  constructor(readonly page: Page) {
    this.officeList = page.getByRole('list', { name: ui.officeList });
    this.serviceList = page.getByRole('list', { name: ui.serviceList });
    this.standard = page.getByRole('article');
    this.standardHeading = this.standard.getByRole('heading', { level: 2 });
    this.versions = page.getByRole('group', { name: ui.versions });
    this.totalsNotice = page.getByRole('status').filter({ hasText: ui.totalsMismatch });
    this.versionNotice = page.getByRole('status').filter({ hasText: ui.backToInForce });
  }

  /**
   * Opens the catalog with the clock fixed, so "in force today" does not depend on the
   * machine's date. The catalog sits behind sign-in: a fresh office is set up with its
   * admin, who opens Standar Pelayanan; the reload starts the keyboard at the top.
   */
  async open(now = '2026-11-23T09:00:00+08:00'): Promise<void> {
    await this.page.clock.setFixedTime(new Date(now));
    await signedInAsAdmin(this.page);
    await this.page.goto('/#/standar-pelayanan');
    await this.page.reload();
    await expect(this.page.getByRole('heading', { level: 1, name: ui.screenTitle })).toBeVisible();
  }

  office(name: string | RegExp): Locator {
    return this.officeList.getByRole('button', { name });
  }

  service(name: string | RegExp): Locator {
    return this.serviceList.getByRole('button', { name });
  }

  async chooseOffice(name: string | RegExp): Promise<void> {
    await this.office(name).click();
    await expect(this.office(name)).toHaveAttribute('aria-pressed', 'true');
  }

  async chooseService(name: string | RegExp): Promise<void> {
    await this.service(name).click();
    await expect(this.standardHeading).toBeVisible();
  }

  version(n: number): Locator {
    return this.versions.getByRole('button', { name: new RegExp(`^Versi ${n}\\b`) });
  }

  async chooseVersion(n: number): Promise<void> {
    await this.version(n).click();
    await expect(this.version(n)).toHaveAttribute('aria-pressed', 'true');
  }

  /** One numbered component of the standard (Persyaratan, Biaya/Tarif, …). */
  component(title: string): Locator {
    return this.standard.getByRole('region', { name: title });
  }

  requirements(): Locator {
    return this.component(ui.sections.requirements)
      .getByRole('list', { name: ui.sections.requirements })
      .locator(':scope > li');
  }

  /** The paraf chain of the procedure, in the published order. */
  parafChain(): Locator {
    return this.component(ui.sections.procedure)
      .getByRole('list', { name: ui.parafChain })
      .getByRole('listitem');
  }

  /** Presses Tab until `target` has the focus; fails after `max` presses. */
  async tabTo(target: Locator, max = 40): Promise<void> {
    const focused = target.and(this.page.locator(':focus'));
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if ((await focused.count()) > 0) return;
    }
    throw new Error(`Tab never reached ${String(target)}`);
  }

  /** A 1366×768 picture of the screen (or the whole page) for a person to look at. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, ...options });
  }
}
