import { checkKeepsAdmin } from '../../../../shared/users/admins';
import { unlocked } from '../../../../shared/users/lockout';
import type { PinHash } from '../../../../shared/users/pin';
import type { UserDetails, UserRecord } from '../../../../shared/users/user';
import { settingsLabels } from '../labels';

export type AccountChange = { ok: true; user: UserRecord } | { ok: false; message: string };

export function newAccount(id: string, details: UserDetails, pin: PinHash, now: Date): UserRecord {
  const stamp = now.toISOString();
  return {
    id,
    ...details,
    pin,
    ...unlocked,
    active: true,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** New name, roles, posts, NIP or rank; never leaves the office without an active admin. */
export function editAccount(
  users: readonly UserRecord[],
  user: UserRecord,
  details: UserDetails,
  now: Date,
): AccountChange {
  const updated: UserRecord = {
    ...user,
    ...details,
    nip: details.nip,
    rank: details.rank,
    updatedAt: now.toISOString(),
  };
  const refused = checkKeepsAdmin(users, updated);
  return refused ? { ok: false, message: refused } : { ok: true, user: updated };
}

/** A new PIN also lifts a lockout: resetting is how an admin lets a locked-out clerk back in. */
export function resetPin(user: UserRecord, pin: PinHash, now: Date): UserRecord {
  return { ...user, pin, ...unlocked, updatedAt: now.toISOString() };
}

/** Deactivates or reactivates; an admin cannot deactivate themselves or the last admin. */
export function setActive(
  users: readonly UserRecord[],
  user: UserRecord,
  active: boolean,
  actingUserId: string,
  now: Date,
): AccountChange {
  if (!active && user.id === actingUserId) {
    return { ok: false, message: settingsLabels.users.notSelf };
  }
  const updated: UserRecord = { ...user, active, updatedAt: now.toISOString() };
  const refused = checkKeepsAdmin(users, updated);
  return refused ? { ok: false, message: refused } : { ok: true, user: updated };
}
