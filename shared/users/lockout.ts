/** What a user record keeps about wrong PINs. */
export interface LockoutState {
  /** Wrong PINs since the last correct one. */
  failedAttempts: number;
  /** ISO 8601 instant until which sign-in is refused; null when not locked. */
  lockedUntil: string | null;
}

export interface LockoutPolicy {
  /** Wrong PINs in a row that lock the account. */
  attemptsPerLock: number;
  /** Length of the 1st, 2nd, … lock in minutes; the last one repeats. */
  lockMinutes: readonly number[];
}

/** 5 wrong PINs lock for 5 minutes, the next 5 for 15, then 30, then an hour each time. */
export const defaultLockoutPolicy: LockoutPolicy = {
  attemptsPerLock: 5,
  lockMinutes: [5, 15, 30, 60],
};

export const unlocked: LockoutState = { failedAttempts: 0, lockedUntil: null };

export type LockStatus =
  { locked: false; attemptsLeft: number } | { locked: true; until: Date; remainingMs: number };

export function lockStatus(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = defaultLockoutPolicy,
): LockStatus {
  const until = state.lockedUntil === null ? null : new Date(state.lockedUntil);
  if (until && until.getTime() > now.getTime()) {
    return { locked: true, until, remainingMs: until.getTime() - now.getTime() };
  }
  return {
    locked: false,
    attemptsLeft: policy.attemptsPerLock - (state.failedAttempts % policy.attemptsPerLock),
  };
}

export interface FailureOutcome {
  state: LockoutState;
  /** Minutes of the lock this failure started, when it started one. */
  lockedForMinutes: number | null;
}

/** One more wrong PIN. Call only when `lockStatus` says the account is not locked. */
export function recordFailure(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = defaultLockoutPolicy,
): FailureOutcome {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts % policy.attemptsPerLock !== 0) {
    return { state: { failedAttempts, lockedUntil: null }, lockedForMinutes: null };
  }
  const lockIndex = failedAttempts / policy.attemptsPerLock - 1;
  const minutes = policy.lockMinutes[Math.min(lockIndex, policy.lockMinutes.length - 1)] ?? 5;
  const lockedUntil = new Date(now.getTime() + minutes * 60_000).toISOString();
  return { state: { failedAttempts, lockedUntil }, lockedForMinutes: minutes };
}

/** A correct PIN forgets every earlier mistake. */
export function recordSuccess(): LockoutState {
  return unlocked;
}
