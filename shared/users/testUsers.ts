import { hashPin } from './pin';
import type { UserRecord } from './user';

/** A stored account for tests; a cheap hash (1,000 rounds) unless `iterations` says otherwise. */
export async function testUser(
  overrides: Partial<UserRecord> & { pinCode?: string; iterations?: number } = {},
): Promise<UserRecord> {
  const { pinCode = '482915', iterations = 1_000, ...rest } = overrides;
  return {
    id: 'user-1',
    name: 'Rina Wati',
    roles: ['fo'],
    positions: [],
    pin: await hashPin(pinCode, iterations),
    failedAttempts: 0,
    lockedUntil: null,
    active: true,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    ...rest,
  };
}
