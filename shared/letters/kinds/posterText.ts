import { formatStepTarget } from '../../standards/duration';
import type { Product, Requirement, ServiceHours, Step } from '../../standards/schema';
import { letterLabels } from '../labels';

const labels = letterLabels.poster;

/** `07:30` → "07.30". */
const clock = (time: string) => time.replace(':', '.');

/** ISO weekdays → "Senin–Kamis", "Jumat", "Senin, Rabu". */
export function daysText(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const name = (day: number) => labels.weekdays[day - 1] ?? String(day);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  const consecutive = sorted.every((day, i) => day === first + i);
  return consecutive && sorted.length > 2
    ? `${name(first)}–${name(last)}`
    : sorted.map(name).join(', ');
}

export function hoursText(hours: ServiceHours, timeZone: string): string[] {
  const zone = labels.timeZones[timeZone] ?? '';
  return hours.map((row) =>
    labels.hoursRange(daysText(row.days), clock(row.open), clock(row.close), zone),
  );
}

export function requirementText(requirement: Requirement, trackLabel?: string): string {
  const copies = requirement.copies
    ? requirement.perFamilyMember
      ? labels.copiesPerMember(requirement.copies)
      : labels.copies(requirement.copies)
    : undefined;
  return [
    trackLabel ? labels.forTrack(trackLabel) : '',
    requirement.label,
    copies ? ` (${copies})` : '',
    requirement.mandatory ? '' : ` ${labels.optional}`,
  ].join('');
}

/** The step's time; a monthly cut-off names the office's days ("tanggal 19 dan 24"). */
export function stepTimeText(step: Step, cutoffDays: readonly number[]): string {
  const text = formatStepTarget(step.target);
  return step.target.kind === 'monthlyCutoff' && cutoffDays.length > 0
    ? `${text} (tanggal ${cutoffDays.join(' dan ')})`
    : text;
}

export function stepText(step: Step): string {
  const chain = step.parafChain?.map((slot) => slot.position).join(' → ');
  return chain ? `${step.label}. ${labels.parafChain(chain)}` : step.label;
}

export function productText(product: Product): string {
  const addressees = [...new Set(product.addressee?.map((rule) => rule.to) ?? [])];
  return addressees.length > 0
    ? `${product.label}, ${labels.addressedTo(addressees.join(' atau '))}`
    : product.label;
}
