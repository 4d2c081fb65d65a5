import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import {
  CasePage,
  counterUi,
  daeng,
  InboxPage,
  IntakePage,
  paperRow,
  shot,
  switchTo,
  worklistRow,
} from './page-models/counter-page';
import { LetterPanel, letterUi, MonthPage, VerifyPage } from './page-models/letter-page';
import { openedPdf } from './page-models/pdf-popup';
import { photoOfPaper } from './page-models/scan-fixture';
import { letterStaff, setUpOffice, staff } from './page-models/office-fixture';
import { ShellPage } from './page-models/shell-page';

test.skip(!hasChromium, noChromiumReason);

const today = '2026-11-23T09:00:00+08:00';

test.describe('Loket: permohonan di loket', () => {
  test('Bulukumba reaktivasi PBI: daftar, cek DTSEN, ajukan, paraf berjenjang, tanda tangan', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.clock.setFixedTime(new Date(today));
    await page.goto('/');
    await setUpOffice(page, letterStaff, /Pemerintah Kabupaten Bulukumba/);
    await switchTo(page, staff.fo);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.chooseService('REAKTIVASI-PBI');
    await intake.screenshot('50-permohonan-layanan');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), daeng);
    await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await intake.fillAddressFromNik(intake.applicant());
    await intake.screenshot('51-permohonan-pemohon');
    await intake.step('Berkas persyaratan');
    await page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await intake.step('Data terpadu (DTSEN/DTKS)');
    await intake.fillRegistry('DTSEN', 'Terdaftar', '3');
    await intake.screenshot('52-permohonan-dtsen');
    await intake.step('Status BPJS Kesehatan');
    await intake.fillBpjs('PBI-JK (APBN)', 'Non-aktif', '01-10-2026');
    await intake.step('Alasan dan surat faskes');
    await intake.fillReason(
      'Sakit',
      'RSUD H. Andi Sulthan Daeng Radja',
      '445/123/RSUD/XI/2026',
      '20-11-2026',
    );
    await intake.step('Ringkasan');
    await intake.screenshot('53-permohonan-ringkasan', { fullPage: true });
    await intake.register();
    const caseUrl = page.url();
    const kase = new CasePage(page);
    await expect(kase.actions).toBeVisible();
    await shot(page, '54-permohonan-terdaftar');
    await expect(page.getByText('23 November 2026 oleh Rina Wahyuni')).toBeVisible();
    // The faskes letter the citizen brought was re-issued: the FO corrects it on the case.
    const reason = await kase.open(counterUi.case.recordReason, counterUi.dialogs.reason);
    await expect(reason.field('Nomor surat')).toHaveValue('445/123/RSUD/XI/2026');
    await reason.field('Nomor surat').fill('445/130/RSUD/XI/2026');
    await reason.field('Tanggal surat').fill('24-11-2026');
    await reason.save();
    await expect(
      reason.main.getByText('Tanggal surat tidak boleh setelah hari ini.'),
    ).toBeVisible();
    await expect(reason.field('Tanggal surat')).toBeFocused();
    await expect(reason.field('Nomor surat')).toHaveValue('445/130/RSUD/XI/2026');
    await shot(page, '54b-ubah-surat-faskes-salah');
    await reason.field('Tanggal surat').fill('21-11-2026');
    await reason.save();
    await expect(kase.actions.getByText('Alasan dan surat faskes dicatat.')).toBeVisible();
    await expect(kase.facts.getByText('445/130/RSUD/XI/2026, 21 November 2026')).toBeVisible();
    await expect(kase.facts.getByText('RSUD H. Andi Sulthan Daeng Radja')).toBeVisible();
    await kase.facts.getByText('445/130/RSUD/XI/2026, 21 November 2026').scrollIntoViewIfNeeded();
    await shot(page, '54c-surat-faskes-diubah');
    // The FO finishes the registration step; the letter is the BO's.
    await kase.run(counterUi.case.completeStep, 'Langkah selesai.');
    await expect(kase.action(counterUi.case.submitForParaf)).toHaveCount(0);
    await new ShellPage(page).go('home');
    await expect(worklistRow(page, daeng.name)).toHaveCount(1);
    await shot(page, '55-beranda');

    await switchTo(page, staff.bo);
    await page.goto(caseUrl);
    await kase.run(counterUi.case.submitForParaf, 'Konsep surat diajukan.');
    await shot(page, '56-kasus-diajukan');

    // The FO has no paraf to give.
    await switchTo(page, staff.fo);
    await page.goto(caseUrl);
    await expect(kase.actions).toBeVisible();
    await expect(kase.action(counterUi.case.paraf)).toHaveCount(0);
    await expect(kase.action(counterUi.case.sign)).toHaveCount(0);

    const inbox = new InboxPage(page);
    for (const reviewer of [staff.penyuluh, staff.kabid, staff.sekretaris]) {
      await switchTo(page, reviewer);
      await inbox.open();
      const item = inbox.item(daeng.name);
      await expect(item).toHaveCount(1);
      if (reviewer === staff.penyuluh) await shot(page, '57-paraf-penyuluh');
      await item.getByRole('button', { name: /^Paraf/ }).click();
      await expect(page.getByText(`Paraf diberikan: ${daeng.name}.`)).toBeVisible();
      await expect(inbox.item(daeng.name)).toHaveCount(0);
    }

    // The paraf chain is done: the back office issues the letter for the Kepala Dinas to sign.
    await switchTo(page, staff.bo);
    await page.goto(caseUrl);
    const letter = new LetterPanel(page);
    const preview = await letter.preview();
    await shot(page, '57b-pratinjau-surat');
    await preview.getByRole('button', { name: letterUi.closePreview }).click();
    const issued = await letter.issue();
    expect(issued.number).toBe('400.9.11/0001/Dinsos/2026');
    expect(issued.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await letter.panel.scrollIntoViewIfNeeded();
    await shot(page, '57c-surat-terbit');
    const printed = page.context().waitForEvent('page');
    await letter.button(letterUi.print).click();
    expect((await printed).url()).toMatch(/^blob:/);
    const download = page.waitForEvent('download');
    await letter.button('Unduh PDF').click();
    const pdfFile = test.info().outputPath('surat.pdf');
    await (await download).saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');

    const verify = new VerifyPage(page);
    await verify.open();
    const genuine = await verify.checkCode(issued.code.toLowerCase().replaceAll('-', ' '));
    await expect(genuine).toContainText('Surat asli');
    await expect(genuine).toContainText(issued.number);
    await shot(page, '57d-periksa-kode-asli');
    await expect(await verify.checkCode('ABCD-EFGH-JKMN')).toContainText('Tidak dikenal');
    const photo = test.info().outputPath('surat');
    execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfFile, photo]);
    await expect(await verify.checkPhoto(`${photo}.png`)).toContainText('Surat asli');
    await shot(page, '57e-periksa-foto-qr');

    // The month's outgoing letters: the dispatch book and the BNBA recap for BPJS.
    const month = new MonthPage(page);
    await month.open();
    await expect(month.row(issued.number)).toContainText(daeng.name);
    await shot(page, '57f-surat-keluar');
    const wrappedNumber = /400\.9\.11\/0001\/ ?Dinsos\/2026/;
    const book = await openedPdf(page, 'buku-ekspedisi', () =>
      month.button(letterUi.dispatchBook).click(),
    );
    expect(book.text).toContain('BUKU EKSPEDISI SURAT KELUAR');
    expect(book.text).toMatch(wrappedNumber);
    const recap = await openedPdf(page, 'rekap-bnba', () => month.button(letterUi.bnba).click());
    expect(recap.text).toContain(daeng.nik);
    expect(recap.text).toContain('Jumlah: 1 orang');
    expect(recap.text).toMatch(wrappedNumber);

    // The receipt of the papers, from the case screen.
    await page.goto(caseUrl);
    const receipt = await openedPdf(page, 'tanda-terima', () =>
      page.getByRole('button', { name: letterUi.receipt }).click(),
    );
    expect(receipt.pages).toBe(1);
    expect(receipt.text).toContain('TANDA TERIMA BERKAS');
    expect(receipt.text).toContain(daeng.name);

    await switchTo(page, staff.kadis);
    await inbox.open();
    await expect(inbox.item(daeng.name)).toHaveCount(1);
    await shot(page, '58-tanda-tangan-kadis');
    await inbox
      .item(daeng.name)
      .getByRole('button', { name: /^Tanda tangani/ })
      .click();
    await expect(page.getByText(`Surat ditandatangani: ${daeng.name}.`)).toBeVisible();

    await page.goto(caseUrl);
    await page.reload();
    await expect(kase.history).toBeVisible();
    await expect(page.getByText('Dalam proses', { exact: true })).toBeVisible();
    for (const line of [
      'Paraf Penyuluh Sosial',
      'Paraf Kepala Bidang',
      'Paraf Sekretaris Dinas Sosial',
      'Ditandatangani Kepala Dinas Sosial',
    ]) {
      await expect(kase.history.getByText(line).first()).toBeVisible();
    }
    await shot(page, '59-kasus-ditandatangani', { fullPage: true });
  });

  test('NIK salah: pesan di bawah isian, tidak ada yang tersimpan', async ({ page }) => {
    await page.clock.setFixedTime(new Date(today));
    await page.goto('/');
    await setUpOffice(page, [staff.fo], /Pemerintah Kabupaten Bulukumba/);
    await switchTo(page, staff.fo);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.chooseService('REAKTIVASI-PBI');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), { ...daeng, nik: '7302023205800001' });
    const nik = intake.field('NIK', intake.applicant());
    await expect(nik).toHaveAttribute('aria-invalid', 'true');
    await expect(
      intake.applicant().getByText(/^Digit 7–12 NIK \(320580\) bukan tanggal lahir/),
    ).toBeVisible();
    await shot(page, '60-nik-salah');
    await intake.step('Ringkasan');
    await expect(intake.registerButton()).toBeDisabled();
    await intake.registerButton().click({ force: true });
    await page.reload();
    await new ShellPage(page).go('home');
    await expect(page.getByText('Antrean kosong')).toBeVisible();
    await expect(page.getByText(daeng.name)).toHaveCount(0);
  });

  test('Tanggamus: berkas kurang dikembalikan, lalu diserahkan lagi', async ({ page }) => {
    await page.clock.setFixedTime(new Date(today));
    await page.goto('/');
    await setUpOffice(page, [staff.fo], /Pemerintah Kabupaten Tanggamus/);
    await switchTo(page, staff.fo);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.chooseService('REK-PBPU-PEMDA');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), daeng);
    await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await intake.fillAddressFromNik(intake.applicant());
    await intake.step('Berkas persyaratan');
    await page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await intake
      .paper('Fotokopi KTP')
      .getByRole('radio', { name: 'Belum ada', exact: true })
      .check();
    await shot(page, '61-tanggamus-berkas-kurang');
    await intake.main.getByRole('button', { name: counterUi.wizard.returnPapers }).click();
    const slip = page.getByText(counterUi.wizard.slipTitle);
    await expect(slip).toBeVisible();
    await expect(page.getByText('Berkas yang harus dilengkapi')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Fotokopi KTP$/ })).toHaveCount(1);
    await shot(page, '62-tanda-pengembalian');
    // The office's own PDF of the slip, from the stored checklist, for the printer.
    const slipPdf = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Cetak PDF (F4)' }).click();
    expect((await slipPdf).url()).toMatch(/^blob:/);
    await page
      .getByRole('button', { name: counterUi.wizard.openCase })
      .or(page.getByRole('link', { name: counterUi.wizard.openCase }))
      .click();
    await expect(page).toHaveURL(/#\/beranda\/[^/]+$/);
    const kase = new CasePage(page);
    await expect(page.getByText('Berkas di pemohon', { exact: true })).toBeVisible();
    await expect(
      page.getByText(/Berkas dikembalikan kepada pemohon untuk dilengkapi: Fotokopi KTP/),
    ).toBeVisible();
    await kase.run(
      counterUi.case.resubmit,
      'Berkas diterima kembali; periksa ulang kelengkapannya.',
    );
    await expect(page.getByText('Dalam proses', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Dalam proses', { exact: true })).toBeVisible();
    await shot(page, '63-tanggamus-diserahkan-lagi');

    // The KTP came back: the clerk marks it present and attaches its photo on the case screen.
    const recheck = await kase.open(counterUi.case.checkDocuments, counterUi.dialogs.papers);
    const ktp = paperRow(recheck.main, 'Fotokopi KTP');
    await recheck.save();
    await expect(ktp.getByText('Tandai berkas ini ada atau belum ada.')).toBeVisible();
    await ktp
      .locator('input[type="file"]')
      .setInputFiles({ name: 'ktp-baso.jpg', mimeType: 'image/jpeg', buffer: photoOfPaper() });
    await expect(ktp.getByText('ktp-baso.jpg')).toBeVisible();
    await expect(ktp.getByRole('radio', { name: 'Ada', exact: true })).toBeChecked();
    await expect(ktp.getByText('Tandai berkas ini ada atau belum ada.')).toHaveCount(0);
    await shot(page, '63b-tanggamus-periksa-ulang');
    await recheck.save();
    await expect(kase.actions.getByText('Pemeriksaan berkas dicatat.')).toBeVisible();
    const scan = kase.papers.getByRole('button', { name: 'Pindaian Fotokopi KTP, halaman 1' });
    await expect(scan).toBeVisible();
    await page.reload();
    await expect(scan.locator('img')).toBeVisible();
    await expect(kase.action(counterUi.case.checkDocuments)).toHaveCount(0);
    await scan.scrollIntoViewIfNeeded();
    await shot(page, '63c-tanggamus-pindaian-tersimpan');
  });

  test('Mentawai: Back Office mencatat cek DTSEN di layar permohonan; Front Office tidak melihatnya', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.clock.setFixedTime(new Date(today));
    await page.goto('/');
    await setUpOffice(page, [staff.fo, staff.bo], /Kepulauan Mentawai/);
    await switchTo(page, staff.fo);
    await new IntakePage(page).registerForSelf('REK-BPJS-APBD', daeng);
    const caseUrl = page.url();
    const kase = new CasePage(page);
    // The FO's steps done, the case is the BO's: Mentawai publishes no registry-check step.
    await kase.run(counterUi.case.completeStep, 'Langkah selesai.');
    await expect(kase.action(counterUi.case.registryCheck)).toHaveCount(0);

    await switchTo(page, staff.bo);
    await page.goto(caseUrl);
    const check = await kase.open(counterUi.case.registryCheck, counterUi.dialogs.registry);
    await expect(check.field('Petugas yang memeriksa')).toHaveValue(staff.bo.name);
    await expect(check.field('Tanggal pengecekan')).toHaveValue('23-11-2026');
    await check.save();
    await expect(check.main.getByText('Pilih data terpadu yang diperiksa.')).toBeVisible();
    await check.fillRegistry('DTSEN', 'Terdaftar', '2');
    await check.field('Tanggal pengecekan').fill('20-11-2026');
    await shot(page, '67-mentawai-bo-cek-dtsen');
    await check.save();
    await expect(kase.actions.getByText('Pengecekan DTKS/DTSEN dicatat.')).toBeVisible();
    await expect(kase.facts.getByText('20 November 2026 oleh Muh. Ilham Syah')).toBeVisible();
    await expect(kase.facts.getByText('DTSEN', { exact: true })).toBeVisible();
    await expect(kase.facts.getByText('2', { exact: true })).toBeVisible();
    await shot(page, '68-mentawai-dtsen-dicatat');

    await switchTo(page, staff.fo);
    await page.goto(caseUrl);
    await expect(kase.actions).toBeVisible();
    await expect(kase.action(counterUi.case.recordReason)).toBeVisible();
    await expect(kase.action(counterUi.case.registryCheck)).toHaveCount(0);
    await expect(kase.facts.getByText('20 November 2026 oleh Muh. Ilham Syah')).toBeVisible();
  });

  const others = [
    { office: /Kepulauan Mentawai/, code: 'REK-BPJS-APBD', shot: '64-mentawai', track: undefined },
    {
      office: /Kota Padang Panjang/,
      code: 'REK-JKSS',
      shot: '65-padang-panjang',
      track: undefined,
    },
    {
      office: /Kota Solok/,
      code: 'REK-BPJS-GRATIS',
      shot: '66-solok-bayi',
      track: /Bayi Baru Lahir/,
    },
  ];
  for (const other of others) {
    test(`${other.code}: satu permohonan terdaftar dan tampil di Beranda`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(today));
      await page.goto('/');
      await setUpOffice(page, [staff.fo], other.office);
      await switchTo(page, staff.fo);
      const intake = new IntakePage(page);
      await intake.open();
      await intake.chooseService(other.code, other.track);
      await intake.step('Pemohon dan peserta');
      await intake.fillPerson(intake.applicant(), daeng);
      await intake.fillAddressFromNik(intake.applicant());
      let subject = daeng.name;
      if (other.track) {
        subject = 'Bayi Ny. Hasnah';
        await intake.radio('Pemohon mengajukan untuk', 'Anaknya').check();
        const baby = intake.main.getByRole('region', { name: /^Peserta yang diusulkan/ });
        await baby.getByRole('checkbox', { name: /^Belum memiliki NIK/ }).check();
        await intake.field('Nama lengkap', baby).fill(subject);
        await baby
          .getByRole('group', { name: /^Jenis kelamin/ })
          .getByRole('radio', { name: 'Perempuan' })
          .check();
        await intake.field('Tempat lahir', baby).fill('Solok');
        await intake.field('Tanggal lahir', baby).fill('10-11-2026');
        await baby.getByRole('checkbox', { name: 'Alamat sama dengan pemohon' }).check();
      } else {
        await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
      }
      await intake.step('Berkas persyaratan');
      await page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
      if (other.track) {
        // A newborn not yet enrolled; the family's scheme decides the addressee.
        await intake.step('Status BPJS Kesehatan');
        await intake.field('Segmen kepesertaan').selectOption({ label: 'Belum terdaftar' });
        await intake
          .field('Kepesertaan keluarga (orang tua)')
          .selectOption({ label: 'PBI-JK (APBN)' });
      }
      await intake.step('Ringkasan');
      await shot(page, `${other.shot}-ringkasan`, { fullPage: true });
      await intake.register();
      await new ShellPage(page).go('home');
      await page.reload();
      await expect(worklistRow(page, subject)).toHaveCount(1);
      await shot(page, `${other.shot}-beranda`);
    });
  }
});
