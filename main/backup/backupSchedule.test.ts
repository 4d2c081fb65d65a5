import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  MAX_WAIT_MS,
  nextBackupDue,
  RETRY_AFTER_MS,
  startBackupScheduler,
  type BackupSettings,
  type Clock,
} from './backupSchedule';

const zone = 'Asia/Jakarta';
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const daily: BackupSettings = {
  dir: 'E:\\cadangan',
  schedule: 'daily',
  keepDaily: 7,
  keepWeekly: 4,
  recoveryRecipient: null,
};

describe('when a backup is due', () => {
  it('is once per calendar day, or per ISO week, after the last one', () => {
    const monday = local('2026-11-30T16:00');
    expect(nextBackupDue(daily, { lastSuccess: monday, lastAttempt: monday }, zone)).toEqual(
      local('2026-12-01T00:00'),
    );
    expect(
      nextBackupDue(
        { ...daily, schedule: 'weekly' },
        { lastSuccess: local('2026-12-03T09:00'), lastAttempt: null },
        zone,
      ),
    ).toEqual(local('2026-12-07T00:00'));
  });

  it('is now when there has never been one, and never when off or without a folder', () => {
    expect(nextBackupDue(daily, { lastSuccess: null, lastAttempt: null })).toEqual(new Date(0));
    const history = { lastSuccess: null, lastAttempt: null };
    expect(nextBackupDue({ ...daily, schedule: 'off' }, history)).toBeNull();
    expect(nextBackupDue({ ...daily, dir: null }, history)).toBeNull();
  });

  it('after an attempt that did not succeed, is the retry time', () => {
    const attempt = local('2026-12-01T08:00');
    expect(
      nextBackupDue(daily, { lastSuccess: local('2026-11-30T16:00'), lastAttempt: attempt }, zone),
    ).toEqual(new Date(attempt.getTime() + RETRY_AFTER_MS));
  });
});

/** A clock that only moves when the test says so, running the timers that come due. */
function fakeClock(start: Date) {
  let now = start.getTime();
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let ids = 0;
  const clock: Clock = {
    now: () => new Date(now),
    setTimeout(run, ms) {
      ids += 1;
      timers.push({ at: now + ms, run, id: ids });
      return ids;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle);
    },
  };
  function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((timer) => timer !== next);
      now = next.at;
      next.run();
    }
    now = end;
  }
  return { clock, advance, pending: () => timers.length };
}

describe('the backup scheduler', () => {
  it('asks for a backup when due, retries every 15 minutes while it fails, then waits a day', () => {
    const time = fakeClock(local('2026-12-01T07:30'));
    const due: Date[] = [];
    const notices: string[] = [];
    const scheduler = startBackupScheduler({
      settings: () => daily,
      lastSuccess: local('2026-11-30T16:00'),
      onDue: () => due.push(time.clock.now()),
      onNotice: (message) => notices.push(message),
      clock: time.clock,
      zone,
    });
    time.advance(0);
    expect(due).toEqual([local('2026-12-01T07:30')]);
    scheduler.failed('Folder cadangan E:\\cadangan tidak dapat dibuka.');
    time.advance(RETRY_AFTER_MS - 1);
    expect(due).toHaveLength(1);
    time.advance(1);
    expect(due).toHaveLength(2);
    scheduler.failed('Penyimpanan cadangan penuh.');
    time.advance(RETRY_AFTER_MS);
    expect(due).toHaveLength(3);
    expect(notices).toHaveLength(2);
    scheduler.succeeded(time.clock.now());
    expect(scheduler.nextDue()).toEqual(local('2026-12-02T00:00'));
    time.advance(10 * MAX_WAIT_MS);
    expect(due).toHaveLength(3);
    time.advance(7 * MAX_WAIT_MS);
    expect(due[3]).toEqual(local('2026-12-02T00:00'));
    scheduler.stop();
    expect(time.pending()).toBe(0);
  });

  it('keeps asking when the renderer never answers, and follows changed settings', () => {
    const time = fakeClock(local('2026-12-01T07:30'));
    let settings: BackupSettings = daily;
    let asked = 0;
    const scheduler = startBackupScheduler({
      settings: () => settings,
      lastSuccess: null,
      onDue: () => (asked += 1),
      onNotice: () => undefined,
      clock: time.clock,
      zone,
    });
    time.advance(RETRY_AFTER_MS * 2);
    expect(asked).toBe(3);
    settings = { ...daily, schedule: 'off' };
    scheduler.reschedule();
    time.advance(RETRY_AFTER_MS * 4);
    expect(asked).toBe(3);
    expect(time.pending()).toBe(0);
  });
});
