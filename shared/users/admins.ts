import { userMessages } from './messages';
import type { UserRecord } from './user';

/**
 * Refuses a change that would leave the office without an active admin (the last
 * admin deactivated, or their admin role taken away). Returns the message, or null.
 */
export function checkKeepsAdmin(
  users: readonly UserRecord[],
  changed: Pick<UserRecord, 'id' | 'roles' | 'active'>,
): string | null {
  const after = users.map((user) => (user.id === changed.id ? { ...user, ...changed } : user));
  const admins = after.filter((user) => user.active && user.roles.includes('admin'));
  return admins.length > 0 ? null : userMessages.user.lastAdmin;
}
