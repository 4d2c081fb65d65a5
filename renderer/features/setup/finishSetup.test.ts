import { describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../../../shared/office/profile';
import { hashPin } from '../../../shared/users/pin';
import { seedCatalog } from '../../../shared/standards/seeds';
import { letterheadValues } from '../settings/office/letterheadForm';
import { buildSetup } from './finishSetup';
import { emptyDraft, reachableStep, type DraftAccount, type SetupDraft } from './setupDraft';

const catalog = seedCatalog();
const pack = catalog.packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');
const letterhead = letterheadValues(profileFromCatalog(pack.office, pack.standards));

async function account(id: string, details: DraftAccount['details']): Promise<DraftAccount> {
  return { id, details, pin: await hashPin('482915', 1_000) };
}

describe('buildSetup', () => {
  it('makes the profile with the signer accounts as signers, and every account', async () => {
    const admin = await account('a', { name: 'Admin Kantor', roles: ['admin'], positions: [] });
    const head = await account('s', {
      name: 'Drs. Andi Amiruddin',
      roles: ['signer'],
      positions: ['Kepala Dinas Sosial'],
      nip: '197001011995031001',
      rank: 'IV/c',
    });
    const clerk = await account('f', { name: 'Rina Wati', roles: ['fo'], positions: [] });
    const result = buildSetup(
      {
        officeId: 'dinsos-bulukumba',
        letterhead: { ...letterhead, cutoffDays: '19, 24' },
        admin,
        users: [clerk, head],
      },
      catalog,
      new Date('2026-03-02T01:00:00Z'),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.profile.cutoffDays).toEqual([19, 24]);
    expect(result.profile.signers).toEqual([
      {
        name: 'Drs. Andi Amiruddin',
        nip: '197001011995031001',
        rank: 'IV/c',
        position: 'Kepala Dinas Sosial',
        userId: 's',
      },
    ]);
    expect(
      result.users.map((user) => [user.id, user.roles, user.active, user.failedAttempts]),
    ).toEqual([
      ['a', ['admin'], true, 0],
      ['f', ['fo'], true, 0],
      ['s', ['signer'], true, 0],
    ]);
  });

  it('refuses an unfinished draft or a wrong letterhead', async () => {
    const admin = await account('a', { name: 'Admin Kantor', roles: ['admin'], positions: [] });
    const now = new Date();
    expect(buildSetup({ ...emptyDraft, admin }, catalog, now)).toMatchObject({ ok: false });
    expect(
      buildSetup(
        {
          officeId: 'dinsos-bulukumba',
          letterhead: { ...letterhead, postalCode: '1' },
          admin,
          users: [],
        },
        catalog,
        now,
      ),
    ).toEqual({ ok: false, message: 'Kode pos harus 5 angka.' });
  });
});

describe('reachableStep', () => {
  it('never resumes past what the draft holds', async () => {
    const draft: SetupDraft = { ...emptyDraft, step: 'done' };
    expect(reachableStep(draft)).toBe('office');
    const withOffice = { ...draft, officeId: 'dinsos-bulukumba', letterhead };
    expect(reachableStep(withOffice)).toBe('admin');
    const admin = await account('a', { name: 'Admin', roles: ['admin'], positions: [] });
    expect(reachableStep({ ...withOffice, admin })).toBe('done');
    expect(reachableStep({ ...withOffice, admin, step: 'letterhead' })).toBe('letterhead');
  });
});
