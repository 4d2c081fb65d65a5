// The desktop app itself: Electron opens the built main process and renderer, and a letter is
// issued in its window. Runs only where an Electron binary exists; elsewhere it is skipped
// with the reason (the main process is then covered by main/index.test.ts and desktop.spec.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, noElectronReason } from './electron/electronBinary';
import {
  CasePage,
  counterUi,
  IntakePage,
  InboxPage,
  switchTo,
  daeng,
} from './page-models/counter-page';
import { LetterPanel } from './page-models/letter-page';
import { letterStaff, setUpOffice, staff } from './page-models/office-fixture';

test.skip(electronBinary === undefined, noElectronReason);

test('Electron: the window opens the app and a letter is issued', async () => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build:main'], { stdio: 'ignore' });
  const userData = mkdtempSync(join(tmpdir(), 'loket-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary ?? '',
    args: ['.', `--user-data-dir=${userData}`],
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://loket/index.html');
    expect(await page.evaluate(() => typeof (window as { loket?: unknown }).loket)).toBe('object');
    await setUpOffice(page, letterStaff);
    await switchTo(page, staff.fo);
    const intake = new IntakePage(page);
    await intake.open();
    await intake.chooseService('REAKTIVASI-PBI');
    await intake.step('Pemohon dan peserta');
    await intake.fillPerson(intake.applicant(), daeng);
    await intake.radio('Pemohon mengajukan untuk', 'Dirinya sendiri').check();
    await intake.fillAddressFromNik(intake.applicant());
    await intake.step('Berkas persyaratan');
    await page.getByRole('button', { name: counterUi.wizard.allPresent }).click();
    await intake.step('Data terpadu (DTSEN/DTKS)');
    await intake.fillRegistry('DTSEN', 'Terdaftar', '3');
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
    await intake.register();
    const caseUrl = page.url();
    const kase = new CasePage(page);
    await kase.run(counterUi.case.completeStep, 'Langkah selesai.');
    await switchTo(page, staff.bo);
    await page.goto(caseUrl);
    await kase.run(counterUi.case.submitForParaf, 'Konsep surat diajukan.');
    const inbox = new InboxPage(page);
    for (const reviewer of [staff.penyuluh, staff.kabid, staff.sekretaris]) {
      await switchTo(page, reviewer);
      await inbox.open();
      await inbox
        .item(daeng.name)
        .getByRole('button', { name: /^Paraf/ })
        .click();
      await expect(page.getByText(`Paraf diberikan: ${daeng.name}.`)).toBeVisible();
    }
    await switchTo(page, staff.bo);
    await page.goto(caseUrl);
    const issued = await new LetterPanel(page).issue();
    expect(issued.number).toMatch(/^400\.9\.11\/0001\//);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
