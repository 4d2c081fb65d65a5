// When the next scheduled backup is due: `daily` once per calendar day, `weekly` once per ISO
// week (in the office's zone), as soon as the app runs after the day or week has begun. An
// attempt that failed or never answered is tried again `RETRY_AFTER_MS` later, and every
// failure is reported, until one succeeds. `nextBackupDue` is the rule; the scheduler is the timer around
// it, with the clock passed in so tests run on fake time.
import { DateTime } from 'luxon';
import type { DesktopSettings } from '../../shared/desktopSettings';

export const RETRY_AFTER_MS = 15 * 60 * 1000;
/** The timer wakes at least this often, so a clock change or a sleeping laptop is noticed. */
export const MAX_WAIT_MS = 60 * 60 * 1000;

export type BackupSettings = DesktopSettings['backup'];

export interface BackupHistory {
  /** When the last backup was written; e.g. the newest in the folder. */
  lastSuccess: Date | null;
  /** When the last backup was started, whatever became of it. */
  lastAttempt: Date | null;
}

/** The time the next backup is due (maybe in the past: now), or null when none is scheduled. */
export function nextBackupDue(
  settings: Pick<BackupSettings, 'dir' | 'schedule'>,
  history: BackupHistory,
  zone?: string,
): Date | null {
  if (settings.dir === null || settings.schedule === 'off') return null;
  const { lastSuccess, lastAttempt } = history;
  const unit = settings.schedule === 'daily' ? 'day' : 'week';
  let due = lastSuccess
    ? DateTime.fromJSDate(lastSuccess, zone ? { zone } : {})
        .startOf(unit)
        .plus({ [`${unit}s`]: 1 })
        .toMillis()
    : 0;
  if (lastAttempt && (!lastSuccess || lastAttempt > lastSuccess)) {
    due = Math.max(due, lastAttempt.getTime() + RETRY_AFTER_MS);
  }
  return new Date(due);
}

export interface Clock {
  now(): Date;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BackupSchedulerOptions {
  /** Read at every decision, so a change in Pengaturan counts after `reschedule()`. */
  settings: () => BackupSettings;
  lastSuccess: Date | null;
  /** A backup is due: main asks the renderer to stream the database (`backupDue`). */
  onDue: () => void;
  /** A failure to show the person at the counter (`notice`). */
  onNotice: (message: string) => void;
  clock?: Clock;
  zone?: string;
}

export interface BackupScheduler {
  /** A backup was written (scheduled or by hand). */
  succeeded(at: Date): void;
  /** A backup failed: reported, and tried again `RETRY_AFTER_MS` from now. */
  failed(message: string): void;
  /** The settings changed. */
  reschedule(): void;
  nextDue(): Date | null;
  stop(): void;
}

export function startBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const clock = options.clock ?? systemClock;
  const history: BackupHistory = { lastSuccess: options.lastSuccess, lastAttempt: null };
  let timer: unknown;
  let stopped = false;

  const nextDue = () => nextBackupDue(options.settings(), history, options.zone);

  function arm() {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    const due = nextDue();
    if (stopped || !due) return;
    const wait = Math.min(Math.max(due.getTime() - clock.now().getTime(), 0), MAX_WAIT_MS);
    timer = clock.setTimeout(wake, wait);
  }

  function wake() {
    timer = undefined;
    const due = nextDue();
    if (due && due <= clock.now()) {
      history.lastAttempt = clock.now();
      options.onDue();
    }
    arm();
  }

  arm();
  return {
    succeeded(at) {
      history.lastSuccess = at;
      arm();
    },
    failed(message) {
      history.lastAttempt = clock.now();
      options.onNotice(message);
      arm();
    },
    reschedule: arm,
    nextDue,
    stop() {
      stopped = true;
      arm();
    },
  };
}
