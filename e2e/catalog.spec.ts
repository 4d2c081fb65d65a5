import { expect, test } from '@playwright/test';
import { hasChromium, noChromiumReason } from './chromium';
import { CatalogPage, ui } from './page-models/catalog-page';
import { openedPdf } from './page-models/pdf-popup';

test.skip(!hasChromium, noChromiumReason);

const bulukumba = /Kabupaten Bulukumba/;
const tanggamus = /Kabupaten Tanggamus/;
const reactivation = /REAKTIVASI-PBI/;

test.describe('Katalog Standar Pelayanan', () => {
  test('Bulukumba reactivation: paraf chain in order, DTSEN v2 and DTKS v1', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.screenshot('01-kosong');

    await catalog.chooseOffice(bulukumba);
    await expect(catalog.service(reactivation)).toContainText('Versi 2');
    await catalog.screenshot('02-kantor-bulukumba');

    await catalog.chooseService(reactivation);
    await expect(catalog.standardHeading).toHaveText(
      'Layanan Surat Keterangan Pengaktifan Kembali PBI Jaminan Kesehatan',
    );
    await expect(catalog.standard).toContainText('Jl. Serikaya No. 11');
    await expect(catalog.standard).toContainText(ui.noDecree);
    await expect(catalog.version(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(catalog.version(2)).toContainText(ui.inForce);

    await expect(catalog.parafChain()).toHaveText([
      'Penyuluh Sosial',
      'Kepala Bidang',
      'Sekretaris Dinas Sosial',
    ]);
    const requirements = catalog.requirements();
    await expect(requirements).toContainText([
      'Terdaftar pada Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)',
      'Surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan (faskes)',
    ]);
    await expect(catalog.component(ui.sections.eligibility)).toContainText('Desil paling tinggi 5');
    await expect(catalog.totalsNotice).toHaveCount(0);
    await catalog.screenshot('03-standar-bulukumba-v2');
    await catalog.screenshot('03b-standar-bulukumba-v2-penuh', { fullPage: true });

    await catalog.chooseVersion(1);
    await expect(catalog.standardHeading).toHaveText(
      'Layanan Surat Keterangan Reaktivasi PBI BPJS APBN',
    );
    await expect(catalog.versionNotice).toBeVisible();
    await expect(requirements).toContainText([
      'Terdaftar pada Data Terpadu Kesejahteraan Sosial (DTKS)',
    ]);
    await expect(requirements.filter({ hasText: /faskes/i })).toHaveCount(0);
    await expect(catalog.component(ui.sections.eligibility)).toContainText('DTKS');
    await expect(catalog.component(ui.sections.eligibility)).toContainText(
      'Non-aktif kurang dari 6 bulan',
    );
    await catalog.screenshot('04-standar-bulukumba-v1');

    await catalog.versionNotice.getByRole('button', { name: ui.backToInForce }).click();
    await expect(catalog.version(2)).toHaveAttribute('aria-pressed', 'true');
  });

  test('Tanggamus: the published totals do not add up, and the screen says so', async ({
    page,
  }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.chooseOffice(tanggamus);
    await catalog.chooseService(/REK-PBPU-PEMDA/);

    await expect(catalog.totalsNotice).toBeVisible();
    await expect(catalog.totalsNotice).toContainText('45 menit + 1 hari');
    await expect(catalog.totalsNotice).toContainText('50 Menit');
    await expect(catalog.component(ui.sections.complaints)).toContainText(ui.noComplaintChannels);
    await expect(catalog.component(ui.sections.hours)).toContainText(ui.officeHours);
    await catalog.screenshot('05-standar-tanggamus-waktu-tidak-cocok');
  });

  test('Solok: two tracks, implied signature and addressee rules in words', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.chooseOffice(/Kota Solok/);
    await catalog.chooseService(/REK-BPJS-GRATIS/);

    const procedure = catalog.component(ui.sections.procedure);
    await expect(procedure.getByRole('heading', { level: 4 })).toHaveText([
      'Alur 1: Rekomendasi Bayi Baru Lahir',
      'Alur 2: Reaktivasi BPJS Non Aktif',
    ]);
    await expect(procedure).toContainText(ui.implied);
    await expect(catalog.component(ui.sections.products)).toContainText(
      'Kepala Dinas Kesehatan Kota Solok, bila keluarga terdaftar pada JKSS',
    );
    await expect(catalog.standard).toContainText(ui.noAddress);
    // Down to the two procedures, as a clerk would scroll.
    await page.mouse.move(800, 400);
    await page.mouse.wheel(0, 640);
    await expect(
      procedure.getByRole('heading', { name: 'Alur 1: Rekomendasi Bayi Baru Lahir' }),
    ).toBeInViewport();
    await catalog.screenshot('06-standar-solok-dua-alur');
  });

  test('keyboard only: choose an office and a service without the mouse', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: ui.skipToContent })).toBeFocused();

    const office = catalog.office(bulukumba);
    await catalog.tabTo(office);
    // A visible focus ring, not just the browser default.
    await expect(office).toHaveCSS('outline-style', 'solid');
    await expect(office).toHaveCSS('outline-width', '3px');
    await catalog.screenshot('07-fokus-keyboard');
    await page.keyboard.press('Enter');
    await expect(office).toHaveAttribute('aria-pressed', 'true');

    const service = catalog.service(reactivation);
    await catalog.tabTo(service);
    await page.keyboard.press('Enter');
    await expect(service).toHaveAttribute('aria-pressed', 'true');
    await expect(catalog.standardHeading).toBeFocused();

    // Back from the heading: the poster PDF, printing, then the versions, newest first in tab
    // order from the end.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: ui.posterPdf })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: ui.print, exact: true })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(catalog.version(2)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(catalog.version(1)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(catalog.version(1)).toHaveAttribute('aria-pressed', 'true');
  });

  test('every office and service of the seed catalog opens without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const catalog = new CatalogPage(page);
    await catalog.open();

    const offices = catalog.officeList.getByRole('button');
    const officeCount = await offices.count();
    expect(officeCount).toBe(5);
    for (let i = 0; i < officeCount; i++) {
      await offices.nth(i).click();
      const services = catalog.serviceList.getByRole('button');
      const serviceCount = await services.count();
      expect(serviceCount, 'each seed office has a service in force').toBeGreaterThan(0);
      for (let j = 0; j < serviceCount; j++) {
        await services.nth(j).click();
        await expect(catalog.standardHeading).toBeVisible();
        await expect(catalog.standard.getByRole('region')).toHaveCount(10);
        const text = await catalog.standard.getByText(/Kode layanan /).innerText();
        const slug = text.replace(/.*Kode layanan /, '').toLowerCase();
        await catalog.screenshot(`10-semua-${slug}`, { fullPage: true });
      }
    }
    expect(errors).toEqual([]);
  });

  test("poster PDF: the office's own standard with its letterhead, not another office's", async ({
    page,
  }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.chooseOffice(bulukumba);
    await catalog.chooseService(reactivation);
    const poster = await openedPdf(page, 'poster-bulukumba', () =>
      page.getByRole('button', { name: ui.posterPdf }).click(),
    );
    expect(poster.pages).toBe(1);
    expect(poster.text).toContain('DINAS SOSIAL');
    expect(poster.text).toContain('Bulukumba');
    expect(poster.text).toContain('STANDAR PELAYANAN');
    expect(poster.text).toContain('Pengaktifan Kembali PBI');
    await catalog.chooseOffice(tanggamus);
    await expect(page.getByRole('button', { name: ui.posterPdf })).toHaveCount(0);
  });

  test('print: the standard alone, as a poster draft', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.open();
    await catalog.chooseOffice(bulukumba);
    await catalog.chooseService(reactivation);
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(catalog.versions).toBeHidden();
    await expect(catalog.standard).toBeVisible();
    await catalog.screenshot('08-cetak-poster', { fullPage: true });
    // The real print path (A4, the page margins of the stylesheet), kept for a person to look at.
    await page.pdf({
      path: 'test-results/screenshots/08-cetak-poster.pdf',
      preferCSSPageSize: true,
    });
  });
});
