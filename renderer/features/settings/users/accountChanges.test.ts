import { describe, expect, it } from 'vitest';
import { testUser } from '../../../../shared/users/testUsers';
import { editAccount, newAccount, resetPin, setActive } from './accountChanges';

const now = new Date('2026-03-03T02:00:00.000Z');

describe('account changes', () => {
  it('creates an active, unlocked account', async () => {
    const { pin } = await testUser();
    expect(newAccount('u1', { name: 'Rina', roles: ['fo'], positions: [] }, pin, now)).toEqual({
      id: 'u1',
      name: 'Rina',
      roles: ['fo'],
      positions: [],
      pin,
      failedAttempts: 0,
      lockedUntil: null,
      active: true,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('edits roles and posts, dropping NIP and rank the details no longer carry', async () => {
    const signer = await testUser({
      id: 's',
      roles: ['signer'],
      positions: ['Kepala Dinas Sosial'],
      nip: '197001011995031001',
      rank: 'IV/c',
    });
    const admin = await testUser({ id: 'a', roles: ['admin'] });
    const edited = editAccount(
      [admin, signer],
      signer,
      { name: 'Andi', roles: ['reviewer'], positions: ['Kepala Bidang'] },
      now,
    );
    expect(edited).toMatchObject({
      ok: true,
      user: { roles: ['reviewer'], positions: ['Kepala Bidang'] },
    });
    expect(edited.ok && [edited.user.nip, edited.user.rank]).toEqual([undefined, undefined]);
    expect(
      editAccount([admin, signer], admin, { name: 'Admin', roles: ['fo'], positions: [] }, now),
    ).toEqual({ ok: false, message: 'Harus tetap ada paling sedikit satu admin yang aktif.' });
  });

  it('resets a PIN and lifts the lockout', async () => {
    const locked = await testUser({ failedAttempts: 5, lockedUntil: '2026-03-03T02:05:00.000Z' });
    const { pin } = await testUser({ pinCode: '908172' });
    expect(resetPin(locked, pin, now)).toMatchObject({ pin, failedAttempts: 0, lockedUntil: null });
  });

  it('deactivates others, never oneself nor the last admin', async () => {
    const admin = await testUser({ id: 'a', roles: ['admin'] });
    const clerk = await testUser({ id: 'f', roles: ['fo'] });
    const users = [admin, clerk];
    expect(setActive(users, clerk, false, 'a', now)).toMatchObject({
      ok: true,
      user: { active: false },
    });
    expect(setActive(users, admin, false, 'a', now)).toEqual({
      ok: false,
      message: 'Anda tidak dapat menonaktifkan akun sendiri.',
    });
    expect(setActive([admin], admin, false, 'other', now)).toMatchObject({ ok: false });
  });
});
