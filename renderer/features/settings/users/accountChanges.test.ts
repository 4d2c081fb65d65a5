import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../shared/commands/registry';
import { testUser } from '../../../../shared/users/testUsers';
import { editAccount, newAccount, resetPin, setActive } from './accountChanges';

const now = new Date('2026-03-03T02:00:00.000Z');

describe('account calls', () => {
  it('a new account is active and unlocked, and its call parses', async () => {
    const { pin } = await testUser();
    const call = newAccount('u1', { name: 'Rina', roles: ['fo'], positions: [] }, pin, now);
    expect(call).toEqual({
      type: 'user.create',
      payload: {
        user: {
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
        },
      },
    });
    expect(parseCommand(call.type, call.payload).ok).toBe(true);
  });

  it('edit, PIN reset and (de)activation name the account and parse', async () => {
    const user = await testUser({ id: 's' });
    const calls = [
      editAccount(user, { name: 'Andi', roles: ['reviewer'], positions: ['Kepala Bidang'] }),
      resetPin(user, user.pin),
      setActive(user, false),
    ];
    expect(calls.map(({ type, payload }) => [type, 'userId' in payload && payload.userId])).toEqual(
      [
        ['user.update', 's'],
        ['user.resetPin', 's'],
        ['user.setActive', 's'],
      ],
    );
    for (const call of calls) expect(parseCommand(call.type, call.payload).ok).toBe(true);
  });
});
