import { formatWait } from './duration';
import { lockStatus, recordFailure, recordSuccess } from './lockout';
import { userMessages } from './messages';
import { hashPin, pinNeedsRehash, verifyPin } from './pin';
import type { UserStore } from './store';
import type { UserRecord } from './user';

export type SignInResult =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'unknown-user' | 'inactive'; message: string }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number; message: string }
  | {
      ok: false;
      reason: 'locked';
      /** Until when sign-in is refused. */
      until: Date;
      /** This attempt started the lock (the message then says how long it lasts). */
      lockedNow: boolean;
      message: string;
    };

/**
 * Checks a PIN and keeps the account's lockout state. A locked account is refused
 * without looking at the PIN, so guessing during the lock gains nothing.
 */
export async function signIn(
  store: UserStore,
  userId: string,
  pin: string,
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const messages = userMessages.signIn;
  const user = await store.get(userId);
  if (!user) return { ok: false, reason: 'unknown-user', message: messages.unknownUser };
  if (!user.active) return { ok: false, reason: 'inactive', message: messages.inactive };

  const before = lockStatus(user, now());
  if (before.locked) {
    return {
      ok: false,
      reason: 'locked',
      until: before.until,
      lockedNow: false,
      message: messages.locked(formatWait(before.remainingMs)),
    };
  }

  if (await verifyPin(pin, user.pin)) {
    const stamp = now().toISOString();
    const pinHash = pinNeedsRehash(user.pin) ? await hashPin(pin) : user.pin;
    const changed = user.failedAttempts > 0 || user.lockedUntil !== null || pinHash !== user.pin;
    const updated: UserRecord = changed
      ? { ...user, ...recordSuccess(), pin: pinHash, updatedAt: stamp }
      : user;
    if (changed) await store.put(updated);
    return { ok: true, user: updated };
  }

  const at = now();
  const failure = recordFailure(user, at);
  await store.put({ ...user, ...failure.state, updatedAt: at.toISOString() });
  const after = lockStatus(failure.state, at);
  if (after.locked && failure.lockedForMinutes !== null) {
    return {
      ok: false,
      reason: 'locked',
      until: after.until,
      lockedNow: true,
      message: messages.lockedNow(
        failure.state.failedAttempts,
        userMessages.duration.minutes(failure.lockedForMinutes),
      ),
    };
  }
  const attemptsLeft = after.locked ? 0 : after.attemptsLeft;
  return { ok: false, reason: 'wrong-pin', attemptsLeft, message: messages.wrongPin(attemptsLeft) };
}
