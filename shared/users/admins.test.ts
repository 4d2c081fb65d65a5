import { describe, expect, it } from 'vitest';
import { checkKeepsAdmin } from './admins';
import { testUser } from './testUsers';

describe('checkKeepsAdmin', () => {
  it('refuses to deactivate or demote the last active admin', async () => {
    const admin = await testUser({ id: 'admin', roles: ['admin'] });
    const clerk = await testUser({ id: 'fo', roles: ['fo'] });
    const users = [admin, clerk];
    const message = 'Harus tetap ada paling sedikit satu admin yang aktif.';
    expect(checkKeepsAdmin(users, { ...admin, active: false })).toBe(message);
    expect(checkKeepsAdmin(users, { ...admin, roles: ['fo'] })).toBe(message);
    expect(checkKeepsAdmin(users, { ...clerk, active: false })).toBeNull();
    expect(checkKeepsAdmin(users, { ...clerk, roles: ['admin'] })).toBeNull();
  });

  it('lets one admin go when another stays', async () => {
    const users = [
      await testUser({ id: 'a', roles: ['admin'] }),
      await testUser({ id: 'b', roles: ['admin', 'signer'] }),
    ];
    expect(checkKeepsAdmin(users, { id: 'a', roles: ['admin'], active: false })).toBeNull();
  });
});
