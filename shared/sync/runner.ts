// When the counter syncs: never two runs at once; after a failure that may pass (no link, a
// server fault) again after an exponential back-off with jitter, so a hundred counters that
// lose the same link do not come back in step; after a success again on a calm interval; at
// once when the link comes back or a person presses "Sinkronkan sekarang". After a failure
// without a link, a cheap probe decides whether a full run is worth it.
import { SyncFailure, type SyncFailureKind, type SyncProgress, type SyncReport } from './engine';
import { syncMessages as m } from './messages';

export interface SyncState {
  running: boolean;
  progress: SyncProgress | null;
  /** ISO instant of the last run that went through. */
  lastSuccessAt: string | null;
  lastReport: SyncReport | null;
  failure: { kind: SyncFailureKind; code: string; message: string } | null;
  /** ISO instant of the next run planned by itself; null when none is. */
  nextAttemptAt: string | null;
  /** Server clock minus device clock, in ms, as last measured. */
  clockOffsetMs: number | null;
}

export const idleState: SyncState = {
  running: false,
  progress: null,
  lastSuccessAt: null,
  lastReport: null,
  failure: null,
  nextAttemptAt: null,
  clockOffsetMs: null,
};

export interface SyncTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SyncRunnerDeps {
  run(onProgress: (progress: SyncProgress) => void): Promise<SyncReport>;
  now(): Date;
  /** In [0, 1). */
  random(): number;
  timers: SyncTimers;
  /** Whether the server answers at all (`GET /health`); asked before a run after a failure without a link. */
  probe?: () => Promise<boolean>;
  /** First back-off and its ceiling. */
  backoff?: { baseMs: number; maxMs: number };
  /** Between runs that went through. */
  intervalMs?: number;
  /** The state the runner starts from (the last success, kept across restarts). */
  initial?: Partial<SyncState>;
}

export interface SyncRunner {
  state(): SyncState;
  subscribe(listener: (state: SyncState) => void): () => void;
  /** Runs now, or joins the run under way. */
  syncNow(): Promise<void>;
  /** The link came back: back-off forgotten, a run at once. */
  online(): Promise<void>;
  /** No runs by itself any more (the app closes). */
  stop(): void;
}

export const DEFAULT_BACKOFF = { baseMs: 5_000, maxMs: 15 * 60_000 };
export const DEFAULT_INTERVAL_MS = 5 * 60_000;

/** Equal jitter: half the exponential delay for sure, the other half at random. */
export function backoffDelay(
  attempt: number,
  random: number,
  { baseMs, maxMs }: { baseMs: number; maxMs: number } = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const intervalMs = deps.intervalMs ?? DEFAULT_INTERVAL_MS;
  const listeners = new Set<(state: SyncState) => void>();
  let state: SyncState = { ...idleState, ...deps.initial };
  let failures = 0;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let stopped = false;

  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  const plan = (ms: number) => {
    if (timer !== undefined) deps.timers.clear(timer);
    timer = undefined;
    if (stopped) return set({ nextAttemptAt: null });
    timer = deps.timers.set(() => {
      timer = undefined;
      void runner.syncNow();
    }, ms);
    set({ nextAttemptAt: new Date(deps.now().getTime() + ms).toISOString() });
  };

  const failed = (failure: SyncFailure) => {
    set({
      running: false,
      progress: null,
      failure: { kind: failure.kind, code: failure.code, message: failure.message },
    });
    if (!failure.retryable) {
      if (timer !== undefined) deps.timers.clear(timer);
      timer = undefined;
      return set({ nextAttemptAt: null });
    }
    failures += 1;
    plan(backoffDelay(failures, deps.random(), backoff));
  };

  async function attempt(): Promise<void> {
    if (state.failure?.kind === 'offline' && deps.probe && !(await deps.probe())) {
      return failed(new SyncFailure('offline', 'unreachable', m.offline));
    }
    set({ running: true, progress: null });
    try {
      const report = await deps.run((progress) => set({ progress }));
      failures = 0;
      set({
        running: false,
        progress: null,
        lastSuccessAt: deps.now().toISOString(),
        lastReport: report,
        failure: null,
        clockOffsetMs: report.clockOffsetMs ?? state.clockOffsetMs,
      });
      plan(intervalMs);
    } catch (error) {
      // Not a sync failure: a fault in this code or the database. It is shown like one and
      // retried; the cause stays on the error for the log.
      failed(
        error instanceof SyncFailure
          ? error
          : new SyncFailure('server', 'internal', m.unexpected(String(error)), { cause: error }),
      );
    }
  }

  const runner: SyncRunner = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    syncNow() {
      running ??= attempt().finally(() => {
        running = undefined;
      });
      return running;
    },
    online() {
      failures = 0;
      return runner.syncNow();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) deps.timers.clear(timer);
      timer = undefined;
      set({ nextAttemptAt: null });
    },
  };
  return runner;
}
