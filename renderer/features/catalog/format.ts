import type { Office, ServiceHours } from '../../../shared/standards/schema';
import { catalogLabels } from './labels';

/** `07:30` → "07.30", the Indonesian way of writing clock times. */
export function formatClock(time: string): string {
  return time.replace(':', '.');
}

/** ISO weekdays → "Senin–Kamis", "Jumat", "Senin, Rabu". */
export function formatDays(days: readonly number[]): string {
  const names = catalogLabels.weekdays;
  const sorted = [...days].sort((a, b) => a - b);
  const name = (day: number) => names[day - 1] ?? String(day);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = sorted.every((day, i) => day === first + i);
  if (consecutive && sorted.length > 2) return `${name(first)}–${name(last)}`;
  return sorted.map(name).join(', ');
}

export interface HoursRow {
  days: string;
  time: string;
}

export function formatHours(hours: ServiceHours, timeZone: Office['timeZone']): HoursRow[] {
  const zone = catalogLabels.timeZones[timeZone];
  return hours.map((row) => ({
    days: formatDays(row.days),
    time: catalogLabels.hours.range(formatClock(row.open), formatClock(row.close), zone),
  }));
}

/** The letterhead address line; undefined when the published standard gives none. */
export function formatAddress(office: Office): string | undefined {
  const { street, locality, postalCode } = office.address;
  if (!street && !locality) return undefined;
  const place = [locality ?? office.city, postalCode].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ');
}

export function formatContacts(office: Office): string[] {
  return office.contacts.map(
    (contact) => `${catalogLabels.contacts[contact.kind]} ${contact.value}`,
  );
}

/** 15000 → "15.000". */
export function formatRupiah(amount: number): string {
  return amount.toLocaleString('id-ID');
}

/** Items joined the Indonesian way: "A, B atau C". */
export function joinWords(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1) ?? ''}`;
}
