import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The words of the letter panel and the verification screen, as a clerk reads them. */
export const letterUi = {
  panel: 'Surat',
  preview: 'Pratinjau surat',
  closePreview: 'Tutup pratinjau',
  issue: 'Terbitkan surat',
  issued: 'Surat terbit',
  print: 'Cetak surat',
  download: 'Unduh PDF',
  verifyHeading: 'Periksa Keaslian Surat',
  code: 'Kode verifikasi',
  checkCode: 'Periksa kode',
  photo: 'Foto kode QR surat',
  outgoingHeading: 'Surat Keluar',
  dispatchBook: 'Cetak buku ekspedisi (F4)',
  bnba: 'Cetak rekap BNBA (F4)',
  receipt: 'Cetak tanda terima berkas (F4)',
  poster: 'Cetak poster PDF (F4)',
} as const;

/** The case screen's letter panel. */
export class LetterPanel {
  readonly panel: Locator;
  /** The issued letter's number. */
  readonly number: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: letterUi.panel, exact: true });
    this.number = this.panel.getByTestId('letter-number');
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  /** Opens the unnumbered preview and closes it again. */
  async preview(): Promise<Locator> {
    await this.button(letterUi.preview).click();
    const dialog = this.page.getByRole('dialog', { name: /^Pratinjau surat/ });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Saves the issued letter's PDF; its bytes. */
  async downloadPdf(): Promise<Buffer> {
    const saved = this.page.waitForEvent('download');
    await this.button(letterUi.download).click();
    const download = await saved;
    const path = await download.path();
    return readFile(path);
  }

  async issue(): Promise<{ number: string; code: string }> {
    await this.button(letterUi.issue).click();
    await expect(this.panel.getByText(letterUi.issued)).toBeVisible({ timeout: 20_000 });
    const number = (await this.number.textContent()) ?? '';
    const code = (await this.panel.getByTestId('letter-code').textContent()) ?? '';
    return { number, code };
  }
}

/**
 * Resolves once the app has fetched its letter work ahead of use, after a sign-in (the chunk,
 * then the two Arimo faces the letters are set in): browser mode needs them from its server
 * before the link drops, where Electron has them as local files. Call before that sign-in.
 */
export async function letterWorkFetched(page: Page): Promise<void> {
  const face = async (file: string) => {
    const response = await page.waitForResponse((candidate) =>
      candidate.url().includes(`/assets/${file}-`),
    );
    const failure = await response.finished();
    if (failure) throw failure;
  };
  await Promise.all([face('Arimo_400Regular'), face('Arimo_700Bold')]);
}

/** Periksa surat. */
export class VerifyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ShellPage(this.page).go('verify');
    await expect(this.page.getByRole('heading', { name: letterUi.verifyHeading })).toBeVisible();
  }

  async checkCode(code: string): Promise<Locator> {
    await this.page.getByLabel(letterUi.code).fill(code);
    await this.page.getByRole('button', { name: letterUi.checkCode }).click();
    return this.result();
  }

  async checkPhoto(file: string): Promise<Locator> {
    await this.page.getByLabel(letterUi.photo).setInputFiles(file);
    return this.result();
  }

  result(): Locator {
    return this.page.locator('.verify-result');
  }
}

/** Surat keluar: the month's letters, the dispatch book and the BNBA recap. */
export class MonthPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ShellPage(this.page).go('outgoing');
    await expect(this.page.getByRole('heading', { name: letterUi.outgoingHeading })).toBeVisible();
  }

  /** The table row of a letter, by its number. */
  row(number: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ hasText: number });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
