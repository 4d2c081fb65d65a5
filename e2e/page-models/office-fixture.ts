import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from './login-page';
import { SetupPage, setupUi, type Account } from './setup-page';

/** The staff of Dinas Sosial Kabupaten Bulukumba used across the suites. */
export const staff = {
  admin: { name: 'Andi Rahmat', pin: '480317', roles: ['admin'] },
  fo: { name: 'Rina Wahyuni', pin: '592604', roles: ['fo'] },
  bo: { name: 'Muh. Ilham Syah', pin: '615938', roles: ['bo'] },
  penyuluh: {
    name: 'Sitti Aminah',
    pin: '702459',
    roles: ['reviewer'],
    positions: ['Penyuluh Sosial'],
  },
  kabid: {
    name: 'Hasanuddin Baso',
    pin: '813570',
    roles: ['reviewer'],
    positions: ['Kepala Bidang'],
  },
  sekretaris: {
    name: 'Hj. Nurhayati',
    pin: '924681',
    roles: ['reviewer'],
    positions: ['Sekretaris Dinas Sosial'],
  },
  kadis: {
    name: 'Drs. Andi Amiruddin, M.Si.',
    pin: '135792',
    roles: ['signer'],
    positions: ['Kepala Dinas Sosial'],
    nip: '19700101 199503 1 001',
    rank: 'Pembina Utama Muda (IV/c)',
  },
} satisfies Record<string, Account>;

/** Everyone a Bulukumba letter needs: intake, draft, the three parafs, the signature. */
export const letterStaff = [
  staff.fo,
  staff.bo,
  staff.penyuluh,
  staff.kabid,
  staff.sekretaris,
  staff.kadis,
];

export const bulukumba = /Pemerintah Kabupaten Bulukumba/;

/**
 * Runs the first start for a seed office (Bulukumba unless named) with the given accounts
 * besides the admin, and leaves the browser on the sign-in screen.
 */
export async function setUpOffice(
  page: Page,
  accounts: readonly Account[] = [],
  government: RegExp = bulukumba,
): Promise<void> {
  // Every account costs a PBKDF2 hash (210,000 rounds): give the set-up its own time budget,
  // on top of the test's, so a busy machine does not fail the test that comes after it.
  test.info().setTimeout(test.info().timeout + 15_000 + accounts.length * 3_000);
  const setup = new SetupPage(page);
  await setup.expectStep(setupUi.officeHeading);
  await setup.chooseOffice(government);
  await setup.next();
  await setup.expectStep(setupUi.letterheadHeading);
  await setup.next();
  await setup.expectStep(setupUi.adminHeading);
  await setup.createAdmin(staff.admin.name, staff.admin.pin);
  for (const account of accounts) await setup.addUser(account);
  await setup.next();
  await setup.expectStep(setupUi.doneHeading);
  await setup.finish();
  await new LoginPage(page).expectLoginScreen();
}

/** A fresh office with only its admin, signed in: the shortest way into the app. */
export async function signedInAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await setUpOffice(page);
  await new LoginPage(page).signIn(staff.admin.name, staff.admin.pin);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
