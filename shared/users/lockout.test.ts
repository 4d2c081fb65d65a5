import { describe, expect, it } from 'vitest';
import { lockStatus, recordFailure, recordSuccess, unlocked, type LockoutState } from './lockout';

/** A clock the test moves by hand. */
function fakeClock(start = '2026-03-02T01:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (minutes: number) => {
      now += minutes * 60_000;
    },
  };
}

function fail(state: LockoutState, times: number, now: Date): LockoutState {
  let current = state;
  for (let i = 0; i < times; i++) current = recordFailure(current, now).state;
  return current;
}

describe('lockout', () => {
  it('counts down the attempts left before the lock', () => {
    const clock = fakeClock();
    expect(lockStatus(unlocked, clock.now())).toEqual({ locked: false, attemptsLeft: 5 });
    const state = fail(unlocked, 3, clock.now());
    expect(state).toEqual({ failedAttempts: 3, lockedUntil: null });
    expect(lockStatus(state, clock.now())).toEqual({ locked: false, attemptsLeft: 2 });
  });

  it('locks for 5 minutes after the 5th wrong PIN, and opens again after them', () => {
    const clock = fakeClock();
    const four = fail(unlocked, 4, clock.now());
    const fifth = recordFailure(four, clock.now());
    expect(fifth.lockedForMinutes).toBe(5);
    expect(fifth.state.lockedUntil).toBe('2026-03-02T01:05:00.000Z');

    clock.advance(4);
    expect(lockStatus(fifth.state, clock.now())).toMatchObject({
      locked: true,
      remainingMs: 60_000,
    });
    clock.advance(1);
    expect(lockStatus(fifth.state, clock.now())).toEqual({ locked: false, attemptsLeft: 5 });
  });

  it('escalates: 15 minutes after the next five, then 30, then an hour each time', () => {
    const clock = fakeClock();
    let state = unlocked;
    const locks: Array<number | null> = [];
    for (let round = 0; round < 5; round++) {
      state = fail(state, 4, clock.now());
      const outcome = recordFailure(state, clock.now());
      locks.push(outcome.lockedForMinutes);
      state = outcome.state;
      clock.advance(outcome.lockedForMinutes ?? 0);
    }
    expect(locks).toEqual([5, 15, 30, 60, 60]);
    expect(state.failedAttempts).toBe(25);
  });

  it('forgets every mistake after a correct PIN', () => {
    const clock = fakeClock();
    const locked = fail(unlocked, 5, clock.now());
    clock.advance(5);
    expect(recordSuccess()).toEqual(unlocked);
    const afterSuccess = recordFailure(recordSuccess(), clock.now());
    expect(afterSuccess.state).toEqual({ failedAttempts: 1, lockedUntil: null });
    expect(locked.failedAttempts).toBe(5);
  });
});
