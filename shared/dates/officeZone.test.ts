import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { officeZone } from './officeZone';

describe('officeZone', () => {
  it.each(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'])(
    'gives %s the IANA offset at every hour from 1990 to 2060',
    (name) => {
      const zone = officeZone(name);
      expect(zone).toBeInstanceOf(FixedOffsetZone);
      const start = Date.UTC(1990, 0, 1);
      const end = Date.UTC(2060, 0, 1);
      // Every 7 hours and 13 minutes: reaches every hour of the day and every weekday.
      for (let t = start; t < end; t += (7 * 60 + 13) * 60_000) {
        const iana = DateTime.fromMillis(t, { zone: name });
        const fixed = DateTime.fromMillis(t, { zone });
        if (fixed.offset !== iana.offset) expect(fixed.toISO()).toBe(iana.toISO());
      }
    },
  );

  it('keeps any other zone an IANA zone', () => {
    const zone = officeZone('Europe/Amsterdam');
    expect(zone.isUniversal).toBe(false);
    expect(DateTime.fromISO('2026-07-01T12:00:00Z', { zone }).offset).toBe(120);
  });
});
