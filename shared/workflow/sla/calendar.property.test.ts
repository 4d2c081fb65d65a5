import fc from 'fast-check';
import type { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { officeOf, seedStandard } from '../flows/fixtures';
import {
  inZone,
  intervalsOn,
  officeClock,
  workingMinutesBetween,
  type WorkingCalendar,
} from './calendar';

/** The definition, walked day by day in luxon: each day's opening hours, clipped to the span. */
function oracle(calendar: WorkingCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  const end = inZone(calendar, to);
  for (
    let day: DateTime = inZone(calendar, from).startOf('day');
    day <= end;
    day = day.plus({ days: 1 })
  ) {
    for (const { start, end: close } of intervalsOn(calendar, day)) {
      const overlap =
        Math.min(close.toMillis(), to.getTime()) - Math.max(start.toMillis(), from.getTime());
      if (overlap > 0) total += overlap / 60_000;
    }
  }
  return total;
}

const calendars = [
  officeClock(officeOf('dinsos-tanggamus')),
  officeClock(officeOf('dinsos-bulukumba')),
  officeClock(officeOf('dinkes-padang-panjang')),
  officeClock(officeOf('dinsos-mentawai')),
  officeClock(officeOf('dinsos-solok'), seedStandard('dinsos-solok', 'REK-BPJS-GRATIS')),
].map((clock) => clock.calendar);

const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) })
  .map((ms) => new Date(ms - (ms % 1000)));

describe('office minutes, counted in milliseconds', () => {
  it('agree with the day-by-day luxon walk for every office, span and holiday', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...calendars),
        instant,
        fc.integer({ min: -3 * 86_400_000, max: 90 * 86_400_000 }),
        (calendar, from, span) => {
          const to = new Date(from.getTime() + span);
          expect(workingMinutesBetween(calendar, from, to)).toBeCloseTo(
            oracle(calendar, from, to),
            6,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
