import { expect, type Locator, type Page } from '@playwright/test';
import { LoginPage } from './login-page';
import type { Account } from './setup-page';
import { ShellPage } from './shell-page';

/** The words of the intake wizard, the case screen and the inbox, as a clerk reads them. */
export const counterUi = {
  wizard: {
    title: 'Permohonan baru',
    steps: 'Langkah permohonan',
    register: 'Daftarkan permohonan',
    allPresent: 'Tandai semua ada',
    present: 'Ada',
    missing: 'Belum ada',
    returnPapers: 'Kembalikan berkas',
    slipTitle: 'TANDA PENGEMBALIAN BERKAS',
    openCase: 'Buka permohonan',
  },
  worklist: 'Daftar permohonan',
  case: {
    actions: 'Tindakan',
    history: 'Riwayat',
    submitForParaf: 'Ajukan untuk paraf/tanda tangan',
    paraf: 'Beri paraf',
    completeStep: 'Selesaikan langkah',
    sign: 'Tanda tangani',
    resubmit: 'Berkas sudah dilengkapi',
    registryCheck: 'Catat pengecekan DTKS/DTSEN',
    checkDocuments: 'Periksa berkas',
    recordReason: 'Catat alasan dan surat faskes',
    noAction: 'Tidak ada tindakan untuk Anda pada tahap ini.',
  },
  dialogs: {
    registry: 'Catat pengecekan DTKS/DTSEN',
    papers: 'Periksa kelengkapan berkas',
    reason: 'Alasan permohonan dan surat faskes',
  },
  inbox: {
    heading: 'Menunggu paraf atau tanda tangan Anda',
    list: /^Konsep surat yang menunggu/,
    paraf: 'Paraf',
    sign: 'Tanda tangani',
  },
} as const;

/** Signs out whoever is in and signs `account` in. */
export async function switchTo(page: Page, account: Account): Promise<void> {
  const shell = new ShellPage(page);
  const login = new LoginPage(page);
  if (await shell.nav.isVisible()) await shell.logout();
  await login.expectLoginScreen();
  await login.signIn(account.name, account.pin);
}

export interface Person {
  nik: string;
  name: string;
  sex: 'Laki-laki' | 'Perempuan';
  birthPlace: string;
  birthDate: string;
  phone?: string;
}

/** The applicant of most suites: 730202 (Kec. Ujung Bulu, Bulukumba), born 12-05-1980, male. */
export const daeng: Person = {
  nik: '7302021205800001',
  name: 'Baso Daeng Tompo',
  sex: 'Laki-laki',
  birthPlace: 'Bulukumba',
  birthDate: '12-05-1980',
  phone: '0812-4567-8901',
};

/** A second applicant: 730202 as well, born 03-08-1985, female (her birth day + 40 in the NIK). */
export const hasnah: Person = {
  nik: '7302024308850002',
  name: 'Andi Hasnah',
  sex: 'Perempuan',
  birthPlace: 'Bulukumba',
  birthDate: '03-08-1985',
  phone: '0813-2233-4455',
};

/**
 * The date `days` before today as a clerk types it (DD-MM-YYYY), on the suites' calendar
 * (Asia/Makassar): for specs that run on the real clock, as the sync server does.
 */
export function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Makassar',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** The fields of one form (the wizard's step, a case dialog), found by their labels. */
export class FormScope {
  constructor(
    readonly page: Page,
    readonly main: Locator,
  ) {}

  /** A text field by the start of its label (an optional field's label ends "(tidak wajib)"). */
  field(label: string, within: Locator = this.main): Locator {
    return within.getByLabel(new RegExp(`^${escape(label)}`));
  }

  radio(group: string, choice: string | RegExp, within: Locator = this.main): Locator {
    return within
      .getByRole('group', { name: new RegExp(`^${escape(group)}`) })
      .getByRole('radio', { name: choice });
  }

  /** The registry check: the same fields in the wizard and in the case dialog. */
  async fillRegistry(
    registry: 'DTSEN' | 'DTKS',
    listed: 'Terdaftar' | 'Tidak terdaftar',
    decile?: string,
  ): Promise<void> {
    await this.radio('Data terpadu yang diperiksa', new RegExp(`^${registry}`)).check();
    await this.radio('Hasil pencarian', listed, this.main)
      .and(this.page.getByRole('radio', { name: listed, exact: true }))
      .check();
    if (decile) await this.field('Desil').selectOption(decile);
    const matches = this.main.getByRole('group', { name: /^Data pada data terpadu sesuai/ });
    if (await matches.isVisible())
      await matches.getByRole('radio', { name: 'Sesuai', exact: true }).check();
  }
}

/** A dialog of the case screen, by its title. */
export class CaseDialogPage extends FormScope {
  constructor(page: Page, title: string) {
    super(page, page.getByRole('dialog', { name: title }));
  }

  async save(button: string | RegExp = /^Simpan/): Promise<void> {
    await this.main.getByRole('button', { name: button }).click();
  }
}

/** The "Permohonan baru" wizard. */
export class IntakePage extends FormScope {
  readonly steps: Locator;

  constructor(page: Page) {
    super(page, page.locator('main#isi'));
    this.steps = page.getByRole('navigation', { name: counterUi.wizard.steps });
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('newCase');
    await expect(this.steps).toBeVisible();
  }

  async step(name: string): Promise<void> {
    await this.steps.getByRole('button', { name: new RegExp(`^\\S*\\s*${escape(name)}`) }).click();
    await expect(this.main.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async chooseService(code: string, track?: string | RegExp): Promise<void> {
    await this.radio('Layanan yang diminta', new RegExp(escape(code))).check();
    if (track) await this.radio('Alur layanan', track).check();
    await this.radio('Prioritas', /^Biasa/).check();
  }

  applicant(): Locator {
    return this.main.getByRole('region', { name: 'Pemohon (yang datang ke loket)' });
  }

  async fillPerson(section: Locator, person: Person): Promise<void> {
    await this.field('NIK', section).fill(person.nik);
    await this.field('Nama lengkap', section).fill(person.name);
    await section
      .getByRole('group', { name: /^Jenis kelamin/ })
      .getByRole('radio', { name: person.sex })
      .check();
    await this.field('Tempat lahir', section).fill(person.birthPlace);
    await this.field('Tanggal lahir', section).fill(person.birthDate);
    if (person.phone) await this.field('Nomor HP/telepon', section).fill(person.phone);
  }

  /** Region from the NIK's district, the first village offered, then street and RT/RW. */
  async fillAddressFromNik(section: Locator): Promise<void> {
    await section.getByRole('button', { name: /^Isi wilayah dari NIK/ }).click();
    const village = section.getByRole('combobox', { name: /^Desa\/kelurahan/ });
    await expect(village).toBeEnabled();
    await village.click();
    await village.press('ArrowDown');
    await village.press('Enter');
    await expect(village).not.toHaveValue('');
    await this.field('Jalan, dusun, nomor rumah', section).fill('Jl. Poros Bulukumba No. 7');
    await section.getByLabel('RT', { exact: true }).fill('2');
    await section.getByLabel('RW', { exact: true }).fill('1');
  }

  async fillBpjs(segment: string, status: 'Aktif' | 'Non-aktif', since: string): Promise<void> {
    await this.field('Segmen kepesertaan').selectOption({ label: segment });
    await this.radio('Status', status)
      .and(this.page.getByRole('radio', { name: status, exact: true }))
      .check();
    await this.field(status === 'Aktif' ? 'Aktif sejak' : 'Non-aktif sejak').fill(since);
  }

  async fillReason(
    kind: string,
    faskes?: string,
    letter?: string,
    letterDate?: string,
  ): Promise<void> {
    await this.radio('Alasan', kind)
      .and(this.page.getByRole('radio', { name: kind, exact: true }))
      .check();
    if (faskes) await this.field('Nama faskes').fill(faskes);
    if (letter) await this.field('Nomor surat').fill(letter);
    if (letterDate) await this.field('Tanggal surat').fill(letterDate);
  }

  /** One paper row on "Berkas persyaratan", by its label. */
  paper(label: string): Locator {
    return paperRow(this.main, label);
  }

  registerButton(): Locator {
    return this.main.getByRole('button', { name: counterUi.wizard.register });
  }

  /**
   * A case for `person` applying for themself, every paper present, for a service whose
   * wizard has no registry, BPJS or reason step (REK-BPJS-APBD, REK-JKSS): open, fill, register.
   */
  async registerForSelf(service: string, person: Person): Promise<void> {
    await this.startForSelf(service, person);
    await this.step('Berkas persyaratan');
    await this.page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await this.step('Ringkasan');
    await this.register();
  }

  /** Opens the wizard, chooses the service and fills `person`, applying for themself, with the address. */
  async startForSelf(service: string, person: Person): Promise<void> {
    await this.open();
    await this.chooseService(service);
    await this.step('Pemohon dan peserta');
    await this.fillPerson(this.applicant(), person);
    await this.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await this.fillAddressFromNik(this.applicant());
  }

  /**
   * The rest of a Bulukumba reactivation (REAKTIVASI-PBI, the 2026 rules) after `startForSelf`:
   * every paper present, listed in DTSEN at `decile`, PBI-JK (APBN) non-active since
   * `nonActiveSince`, ill with the RSUD's letter of `faskesLetterDate`; then registers.
   */
  async finishReactivation(
    decile: string,
    nonActiveSince: string,
    faskesLetterDate: string,
  ): Promise<void> {
    await this.step('Berkas persyaratan');
    await this.page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await this.step('Data terpadu (DTSEN/DTKS)');
    await this.fillRegistry('DTSEN', 'Terdaftar', decile);
    await this.step('Status BPJS Kesehatan');
    await this.fillBpjs('PBI-JK (APBN)', 'Non-aktif', nonActiveSince);
    await this.step('Alasan dan surat faskes');
    await this.fillReason(
      'Sakit',
      'RSUD H. Andi Sulthan Daeng Radja',
      '445/123/RSUD/XI/2026',
      faskesLetterDate,
    );
    await this.step('Ringkasan');
    await this.register();
  }

  /** Registers from the summary and waits until the wizard leaves its summary. */
  async register(): Promise<void> {
    await expect(this.registerButton()).toBeEnabled();
    await this.registerButton().click();
    await expect(this.page).toHaveURL(/#\/beranda\/[^/]+$/);
  }

  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await shot(this.page, name, options);
  }
}

/** The Beranda worklist's rows for a person, by name. */
export function worklistRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: new RegExp(`^${counterUi.worklist}`) })
    .getByRole('row')
    .filter({ hasText: name });
}

/** One paper's row of a checklist (the wizard's or the re-check's), by the paper's label. */
export function paperRow(scope: Locator, label: string): Locator {
  return scope.getByRole('listitem').filter({
    has: scope.page().getByRole('group', { name: label, exact: true }),
  });
}

/** Opens a person's case from the Beranda worklist, the way a clerk does: its row, then Enter. */
export async function openFromWorklist(page: Page, name: string): Promise<void> {
  await new ShellPage(page).go('home');
  const row = worklistRow(page, name);
  await expect(row).toHaveCount(1);
  await row.focus();
  await row.press('Enter');
  await expect(page).toHaveURL(/#\/beranda\/[^/]+$/);
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`^${escape(name)}`) }),
  ).toBeVisible();
}

/** The case screen (`#/beranda/<id>`). */
export class CasePage {
  readonly actions: Locator;
  readonly history: Locator;
  readonly facts: Locator;
  readonly papers: Locator;
  /** The person to be covered. */
  readonly subject: Locator;

  constructor(readonly page: Page) {
    this.actions = page.getByRole('region', { name: counterUi.case.actions });
    this.history = page.getByRole('region', { name: counterUi.case.history });
    this.subject = page.getByRole('region', { name: 'Orang yang dijamin' });
    this.facts = page.getByRole('region', { name: 'DTKS/DTSEN' });
    this.papers = page.getByRole('region', { name: 'Berkas persyaratan' });
  }

  /** Opens an action's dialog. */
  async open(action: string, title: string): Promise<CaseDialogPage> {
    await this.action(action).click();
    const dialog = new CaseDialogPage(this.page, title);
    await expect(dialog.main).toBeVisible();
    return dialog;
  }

  action(name: string): Locator {
    return this.actions.getByRole('button', { name, exact: true });
  }

  async run(name: string, done: string): Promise<void> {
    await this.action(name).click();
    await expect(this.actions.getByText(done)).toBeVisible();
  }
}

/** Paraf & tanda tangan. */
export class InboxPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: counterUi.inbox.list });
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('approvals');
    await expect(
      this.page.getByRole('heading', { level: 2, name: counterUi.inbox.heading }),
    ).toBeVisible();
  }

  item(text: string | RegExp): Locator {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  /** Gives the signed-in reviewer's paraf on `name`'s draft; it leaves their inbox. */
  async paraf(name: string): Promise<void> {
    await this.item(name)
      .getByRole('button', { name: /^Paraf/ })
      .click();
    await expect(this.page.getByText(`Paraf diberikan: ${name}.`)).toBeVisible();
    await expect(this.item(name)).toHaveCount(0);
  }

  /** Signs `name`'s letter as the signed-in official. */
  async sign(name: string): Promise<void> {
    await this.item(name)
      .getByRole('button', { name: /^Tanda tangani/ })
      .click();
    await expect(this.page.getByText(`Surat ditandatangani: ${name}.`)).toBeVisible();
  }
}

export async function shot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (options.fullPage) await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, ...options });
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
