import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';

/**
 * Indonesia's three zones have kept one offset since 1964, without daylight saving: WIB
 * UTC+7, WITA UTC+8, WIT UTC+9. A fixed zone gives the same answers as the IANA zone for
 * every instant this app handles, without asking `Intl` for the offset each time (which was
 * most of a command's cost in the SLA clock).
 */
const fixedOffsetMinutes: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

const zones = new Map<string, Zone>();

/** The luxon zone of an office's time zone name; other names stay IANA zones. */
export function officeZone(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    const offset = fixedOffsetMinutes[timeZone];
    zone = offset === undefined ? IANAZone.create(timeZone) : FixedOffsetZone.instance(offset);
    zones.set(timeZone, zone);
  }
  return zone;
}
