import { DateTime } from 'luxon';

export interface MonthOption {
  /** `YYYY-MM`, as cases store their month of registration. */
  value: string;
  label: string;
}

/** This month and the `count - 1` before it, newest first, in the office's zone: "November 2026". */
export function monthOptions(now: Date, timeZone: string, count = 12): MonthOption[] {
  const first = DateTime.fromJSDate(now, { zone: timeZone }).setLocale('id').startOf('month');
  return Array.from({ length: count }, (_, i) => {
    const month = first.minus({ months: i });
    return { value: month.toFormat('yyyy-MM'), label: month.toFormat('LLLL yyyy') };
  });
}
