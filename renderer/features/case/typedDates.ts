import { parseTypedDate } from '../intake/typedDate';

/** `2026-11-24` → `24-11-2026`, how the clerk reads and types dates. */
export function typedFromIso(iso: string | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/** The ISO date of a typed date; undefined when blank; null when it is not a date. */
export function isoFromTyped(text: string): string | undefined | null {
  const parsed = parseTypedDate(text);
  if (parsed.ok) return parsed.iso;
  return parsed.problem === 'empty' ? undefined : null;
}
