// The account commands the settings forms send. Whether a change is allowed (the last
// admin, deactivating oneself) is decided by the commands in shared/commands, not here.
import type { CommandPayload } from '../../../../shared/commands/registry';
import { unlocked } from '../../../../shared/users/lockout';
import type { PinHash } from '../../../../shared/users/pin';
import type { UserDetails, UserRecord } from '../../../../shared/users/user';

export type AccountCall =
  | { type: 'user.create'; payload: CommandPayload<'user.create'> }
  | { type: 'user.update'; payload: CommandPayload<'user.update'> }
  | { type: 'user.resetPin'; payload: CommandPayload<'user.resetPin'> }
  | { type: 'user.setActive'; payload: CommandPayload<'user.setActive'> };

/** Sends a call and answers the refusal to show in place, or null once it is stored. */
export type SendAccountCall = (call: AccountCall, savedMessage: string) => Promise<string | null>;

/** A new active, unlocked account with its first PIN (already hashed). */
export function newAccount(id: string, details: UserDetails, pin: PinHash, now: Date): AccountCall {
  const stamp = now.toISOString();
  const user: UserRecord = {
    id,
    ...details,
    pin,
    ...unlocked,
    active: true,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { type: 'user.create', payload: { user } };
}

export const editAccount = (user: UserRecord, details: UserDetails): AccountCall => ({
  type: 'user.update',
  payload: { userId: user.id, details },
});

export const resetPin = (user: UserRecord, pin: PinHash): AccountCall => ({
  type: 'user.resetPin',
  payload: { userId: user.id, pin },
});

export const setActive = (user: UserRecord, active: boolean): AccountCall => ({
  type: 'user.setActive',
  payload: { userId: user.id, active },
});
