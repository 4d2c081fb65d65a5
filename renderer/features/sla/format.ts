import { DateTime } from 'luxon';
import type { Office } from '../../../shared/standards/schema';
import type { SlaMeasure, SlaStatus } from '../../../shared/workflow';
import { slaLabels } from './labels';

type TimeZone = Office['timeZone'];

/** Office time left or late is counted up to this many minutes (one working day). */
const COUNT_LIMIT_MINUTES = 8 * 60;

/** How a badge looks: the colour follows the status; a stopped clock is quieter. */
export type SlaTone = SlaStatus | 'paused' | 'done' | 'doneLate';

export interface SlaView {
  tone: SlaTone;
  /** The badge text. */
  label: string;
  /** The due (or end) time in the office's zone, short: "hari ini 14.30 WITA". */
  when?: string;
  /** One sentence for a tooltip or a detail line. */
  detail: string;
}

/** What the SLA engine measures, plus whether the case clock stands still (papers with the citizen). */
export type SlaInput = SlaMeasure & { paused?: boolean };

export function zoneName(timeZone: TimeZone): string {
  return slaLabels.timeZones[timeZone];
}

/** `14.30 WITA`, the Indonesian way of writing a clock time, in the office's zone. */
export function formatClockTime(instant: Date, timeZone: TimeZone): string {
  return `${DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('HH.mm')} ${zoneName(timeZone)}`;
}

/**
 * An instant as a clerk reads it, in the office's zone: "hari ini 14.30 WITA",
 * "besok 08.00 WIB", "Sen, 24 Nov 14.30 WIB", with the year when it is not this year.
 */
export function formatInstant(instant: Date, timeZone: TimeZone, now: Date): string {
  const at = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('id');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const dayDiff = Math.round(at.startOf('day').diff(today, 'days').days);
  const clock = formatClockTime(instant, timeZone);
  if (dayDiff === 0) return `${slaLabels.days.today} ${clock}`;
  if (dayDiff === 1) return `${slaLabels.days.tomorrow} ${clock}`;
  if (dayDiff === -1) return `${slaLabels.days.yesterday} ${clock}`;
  const date = at.year === today.year ? at.toFormat('ccc, d LLL') : at.toFormat('d LLL yyyy');
  return `${date} ${clock}`;
}

/** Office minutes as "kurang dari 1 menit", "45 menit", "2 jam", "2 jam 5 menit". */
export function formatOfficeMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  if (whole < 1) return slaLabels.duration.underOneMinute;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return slaLabels.duration.minutes(rest);
  if (rest === 0) return slaLabels.duration.hours(hours);
  return `${slaLabels.duration.hours(hours)} ${slaLabels.duration.minutes(rest)}`;
}

/** The badge of one clock (a case or a step): status words, due time and one line of detail. */
export function slaView(sla: SlaInput, timeZone: TimeZone, now: Date): SlaView {
  if (sla.paused) {
    return { tone: 'paused', label: slaLabels.paused, detail: slaLabels.pausedHint };
  }
  if (sla.endedAt) return endedView(sla, sla.endedAt, timeZone, now);
  if (!sla.due)
    return { tone: 'noTarget', label: slaLabels.running.noTarget, detail: slaLabels.noTarget };
  const when = formatInstant(sla.due, timeZone, now);
  const remaining = sla.remainingMinutes ?? 0;
  const parts = [slaLabels.due(when)];
  // Beyond a working day, the date says more than a count of office hours.
  if (Math.abs(remaining) <= COUNT_LIMIT_MINUTES) {
    const duration = formatOfficeMinutes(remaining);
    parts.push(sla.status === 'overdue' ? slaLabels.late(duration) : slaLabels.left(duration));
  }
  return {
    tone: sla.status,
    label: slaLabels.running[sla.status],
    when,
    detail: parts.join(' · '),
  };
}

function endedView(sla: SlaInput, endedAt: Date, timeZone: TimeZone, now: Date): SlaView {
  const ended = slaLabels.endedAt(formatInstant(endedAt, timeZone, now));
  const parts = [ended];
  if (sla.due) parts.push(slaLabels.target(formatInstant(sla.due, timeZone, now)));
  return {
    tone: sla.status === 'overdue' ? 'doneLate' : 'done',
    label: slaLabels.ended[sla.status],
    when: ended,
    detail: parts.join(' · '),
  };
}
