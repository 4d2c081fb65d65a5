import { describe, expect, it } from 'vitest';
import { SyncFailure, type SyncProgress, type SyncReport } from './engine';
import { backoffDelay, createSyncRunner, type SyncRunnerDeps } from './runner';

const report: SyncReport = { sent: 3, blobs: 0, rejected: 0, pulled: 7, clockOffsetMs: 1_200 };
const offline = () => new SyncFailure('offline', 'unreachable', 'Server tidak dapat dihubungi.');

/** A clock and timers the test moves by hand. */
function manualTime() {
  let now = Date.parse('2026-12-02T03:00:00.000Z');
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  return {
    now: () => new Date(now),
    timers: {
      set: (run: () => void, ms: number) => {
        next += 1;
        timers.set(next, { at: now + ms, run });
        return next;
      },
      clear: (handle: unknown) => timers.delete(handle as number),
    },
    /** Delays of the timers now waiting, in ms from now. */
    waiting: () => [...timers.values()].map((timer) => timer.at - now),
    /** Moves to the next timer and runs it. */
    async fire() {
      const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !timer) throw new Error('no timer waits');
      timers.delete(id);
      now = timer.at;
      timer.run();
      // The runs here wait on promises only: one macrotask later, the run is over.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

function runnerWith(outcomes: (SyncReport | Error)[], extra: Partial<SyncRunnerDeps> = {}) {
  const time = manualTime();
  let runs = 0;
  const runner = createSyncRunner({
    run: async (onProgress: (progress: SyncProgress) => void) => {
      const outcome = outcomes[runs] ?? report;
      runs += 1;
      onProgress({ phase: 'push', sent: 0, total: 3 });
      await Promise.resolve();
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    now: time.now,
    random: () => 0.5,
    timers: time.timers,
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    intervalMs: 60_000,
    ...extra,
  });
  return { runner, time, runs: () => runs };
}

describe('backoffDelay', () => {
  it('doubles up to the ceiling, with half of each delay left to chance', () => {
    const limits = { baseMs: 1_000, maxMs: 8_000 };
    expect([1, 2, 3, 4, 5, 9].map((attempt) => backoffDelay(attempt, 0, limits))).toEqual([
      500, 1_000, 2_000, 4_000, 4_000, 4_000,
    ]);
    expect(backoffDelay(3, 0.999_999, limits)).toBe(4_000);
  });
});

describe('createSyncRunner', () => {
  it('never runs twice at once: a second press joins the run under way', async () => {
    const { runner, runs } = runnerWith([]);
    const states: boolean[] = [];
    runner.subscribe((state) => states.push(state.running));
    await Promise.all([runner.syncNow(), runner.syncNow()]);
    expect(runs()).toBe(1);
    expect(runner.state()).toMatchObject({
      running: false,
      failure: null,
      lastReport: report,
      clockOffsetMs: 1_200,
      lastSuccessAt: '2026-12-02T03:00:00.000Z',
    });
    expect(states.at(0)).toBe(true);
  });

  it('shows progress while it runs', async () => {
    const { runner } = runnerWith([]);
    const seen: unknown[] = [];
    runner.subscribe((state) => state.progress && seen.push(state.progress));
    await runner.syncNow();
    expect(seen).toEqual([{ phase: 'push', sent: 0, total: 3 }]);
    expect(runner.state().progress).toBeNull();
  });

  it('backs off after failures that may pass, and comes back to its interval after a success', async () => {
    const { runner, time, runs } = runnerWith([offline(), offline(), offline()]);
    await runner.syncNow();
    expect(runner.state().failure).toMatchObject({ kind: 'offline' });
    expect(time.waiting()).toEqual([750]);
    await time.fire();
    expect(time.waiting()).toEqual([1_500]);
    await time.fire();
    expect(time.waiting()).toEqual([3_000]);
    await time.fire();
    expect(runs()).toBe(4);
    expect(runner.state().failure).toBeNull();
    expect(time.waiting()).toEqual([60_000]);
    expect(runner.state().nextAttemptAt).toBe(
      new Date(time.now().getTime() + 60_000).toISOString(),
    );
  });

  it('waits for a person after a failure retrying will not fix', async () => {
    const revoked = new SyncFailure('auth', 'token-revoked', 'Perangkat ini sudah dicabut.');
    const { runner, time } = runnerWith([revoked]);
    await runner.syncNow();
    expect(runner.state()).toMatchObject({
      failure: { kind: 'auth', code: 'token-revoked', message: 'Perangkat ini sudah dicabut.' },
      nextAttemptAt: null,
    });
    expect(time.waiting()).toEqual([]);
  });

  it('probes before a full run after a failure without a link, and runs at once when the link is back', async () => {
    let reachable = false;
    let probes = 0;
    const { runner, time, runs } = runnerWith([offline()], {
      probe: async () => {
        probes += 1;
        return reachable;
      },
    });
    await runner.syncNow();
    await time.fire();
    expect(probes).toBe(1);
    expect(runs()).toBe(1);
    expect(time.waiting()).toEqual([1_500]);
    reachable = true;
    await runner.online();
    expect(runs()).toBe(2);
    expect(runner.state().failure).toBeNull();
    expect(time.waiting()).toEqual([60_000]);
  });

  it('shows an unexpected error as a failure and tries again', async () => {
    const { runner, time } = runnerWith([new RangeError('IndexedDB ditutup')]);
    await runner.syncNow();
    expect(runner.state().failure).toMatchObject({
      kind: 'server',
      code: 'internal',
      message: expect.stringContaining('IndexedDB ditutup'),
    });
    expect(time.waiting()).toEqual([750]);
  });

  it('plans nothing more once stopped', async () => {
    const { runner, time } = runnerWith([]);
    await runner.syncNow();
    runner.stop();
    expect(time.waiting()).toEqual([]);
    expect(runner.state().nextAttemptAt).toBeNull();
  });
});
