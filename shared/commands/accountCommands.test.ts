import { beforeAll, describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../office/profile';
import { officeById } from '../standards/catalog';
import { hashPin, type PinHash } from '../users/pin';
import { testUser } from '../users/testUsers';
import type { UserRecord } from '../users/user';
import { admin, catalog, createHarness, fo, staff } from './harness.test-helpers';

const officeId = 'dinsos-bulukumba';
let pin: PinHash;
let adminUser: UserRecord;
let clerk: UserRecord;

beforeAll(async () => {
  pin = await hashPin('482915', 1_000);
  adminUser = await testUser({ id: admin.userId, name: 'Citra Admin', roles: ['admin'] });
  clerk = await testUser({ id: 'fo-ani', name: 'Ani Front', roles: ['fo'] });
});

function officeWithAdmin() {
  const h = createHarness(officeId, '2026-11-02T01:00:00Z');
  h.must('user.create', { user: adminUser }, admin);
  h.must('user.create', { user: clerk }, admin);
  return h;
}

describe('user.create', () => {
  it('lets the first account of a new device be set-up’s own admin, then admins only', () => {
    const h = createHarness(officeId, '2026-11-02T01:00:00Z');
    expect(h.run('user.create', { user: clerk }, staff(clerk.id, ['fo']))).toMatchObject({
      ok: false,
      errors: [{ code: 'first-user-admin' }],
    });
    expect(h.run('user.create', { user: adminUser }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    const notAdmin = { ...adminUser, roles: ['fo'] };
    expect(h.run('user.create', { user: notAdmin }, staff(adminUser.id, ['fo']))).toMatchObject({
      ok: false,
      errors: [{ code: 'first-user-admin' }],
    });
    h.must('user.create', { user: adminUser }, admin);
    expect(h.run('user.create', { user: { ...clerk, id: 'x' } }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    h.must('user.create', { user: clerk }, admin);
    expect([...h.users.keys()]).toEqual([adminUser.id, clerk.id]);
  });

  it('refuses an id in use, a bad record and a PIN in clear', () => {
    const h = officeWithAdmin();
    expect(h.run('user.create', { user: clerk }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'user-id-taken', field: 'user.id' }],
    });
    const signerWithoutNip = { ...clerk, id: 'new', roles: ['signer'], positions: ['Kadis'] };
    expect(h.run('user.create', { user: signerWithoutNip }, admin)).toMatchObject({
      ok: false,
      errors: [{ field: 'user.nip' }, { field: 'user.rank' }],
    });
    expect(
      h.run('user.create', { user: { ...clerk, id: 'p', pin: '482915' } }, admin),
    ).toMatchObject({ ok: false, errors: [{ field: 'user.pin' }] });
  });
});

describe('user.update, user.resetPin, user.setActive', () => {
  it('changes roles and clears a former signer’s NIP', () => {
    const h = officeWithAdmin();
    h.must(
      'user.update',
      {
        userId: clerk.id,
        details: {
          name: 'Ani Front',
          roles: ['signer'],
          positions: ['Kepala Dinas Sosial'],
          nip: '197001012000031002',
          rank: 'IV/c',
        },
      },
      admin,
    );
    expect(h.users.get(clerk.id)).toMatchObject({ roles: ['signer'], rank: 'IV/c' });
    h.must(
      'user.update',
      { userId: clerk.id, details: { name: 'Ani Front', roles: ['fo'], positions: [] } },
      admin,
    );
    expect(h.users.get(clerk.id)?.nip).toBeUndefined();
    expect(h.users.get(clerk.id)?.createdAt).toBe(clerk.createdAt);
  });

  it('never leaves the office without an active admin, nor lets an admin lock themselves out', () => {
    const h = officeWithAdmin();
    const demote = {
      userId: admin.userId,
      details: { name: 'Citra', roles: ['fo'], positions: [] },
    };
    expect(h.run('user.update', demote, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'last-admin' }],
    });
    expect(h.run('user.setActive', { userId: admin.userId, active: false }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'not-self' }],
    });
    expect(h.run('user.setActive', { userId: 'nobody', active: false }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'user-not-found', field: 'userId' }],
    });
    h.must('user.setActive', { userId: clerk.id, active: false }, admin);
    expect(h.users.get(clerk.id)?.active).toBe(false);
    expect(h.run('user.setActive', { userId: clerk.id, active: false }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'unchanged' }],
    });
  });

  it('a new PIN lifts a lockout', () => {
    const h = createHarness(officeId, '2026-11-02T01:00:00Z');
    h.must('user.create', { user: adminUser }, admin);
    const locked = { ...clerk, failedAttempts: 5, lockedUntil: '2026-11-02T02:00:00.000Z' };
    h.must('user.create', { user: locked }, admin);
    h.must('user.resetPin', { userId: clerk.id, pin }, admin);
    expect(h.users.get(clerk.id)).toMatchObject({ pin, failedAttempts: 0, lockedUntil: null });
    expect(h.run('user.resetPin', { userId: clerk.id, pin }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
  });
});

describe('office.updateProfile', () => {
  const profile = profileFromCatalog(
    officeById(catalog, officeId),
    catalog.packs.find((pack) => pack.office.id === officeId)?.standards,
  );

  it('stores a valid profile of the office in use, by an admin', () => {
    const h = officeWithAdmin();
    h.must('office.updateProfile', { profile: { ...profile, cutoffDays: [20] } }, admin);
    expect(h.profile()?.cutoffDays).toEqual([20]);
    expect(h.run('office.updateProfile', { profile }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
  });

  it('refuses another office, a service it does not publish and a bad field, in place', () => {
    const h = officeWithAdmin();
    expect(
      h.run('office.updateProfile', { profile: { ...profile, id: 'dinsos-solok' } }, admin),
    ).toMatchObject({ ok: false, errors: [{ code: 'office-mismatch', field: 'profile.id' }] });
    expect(
      h.run('office.updateProfile', { profile: { ...profile, serviceCodes: ['REK-JKSS'] } }, admin),
    ).toMatchObject({
      ok: false,
      errors: [{ code: 'unknown-service', field: 'profile.serviceCodes.0' }],
    });
    expect(
      h.run('office.updateProfile', { profile: { ...profile, cutoffDays: [31] } }, admin),
    ).toMatchObject({ ok: false, errors: [{ field: 'profile.cutoffDays.0' }] });
    expect(h.profile()).toBeUndefined();
  });
});
