// Dates as the clerk types them: day first (`07-03-1985`, `7/3/1985`, `07.03.1985`, `07031985`).
import { formLabels } from './labels';

export type ParsedDate =
  { ok: true; iso: string } | { ok: false; problem: 'empty' | 'format' | 'impossible' };

export type DateProblem = 'empty' | 'format' | 'impossible' | 'future';

const separated = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const packed = /^(\d{2})(\d{2})(\d{4})$/;

export function parseTypedDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const match = separated.exec(trimmed) ?? packed.exec(trimmed);
  if (!match) return { ok: false, problem: 'format' };
  const [day, month, year] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, problem: 'impossible' };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The ISO date, or undefined when the text is not a whole, possible date. */
export function isoOf(text: string): string | undefined {
  const parsed = parseTypedDate(text);
  return parsed.ok ? parsed.iso : undefined;
}

/** `2026-04-02` → `02-04-2026`, the way a clerk writes it; blank for no date. */
export function typedFromIso(iso: string | undefined): string {
  const [year, month, day] = (iso ?? '').split('-');
  return year && month && day ? `${day}-${month}-${year}` : '';
}

/** What is wrong with a typed date: blank while required, not a date, or after `today` (when given). */
export function dateProblem(
  text: string,
  options: { today?: string; required: boolean },
): DateProblem | undefined {
  const parsed = parseTypedDate(text);
  if (parsed.ok) {
    return options.today !== undefined && parsed.iso > options.today ? 'future' : undefined;
  }
  if (parsed.problem === 'empty') return options.required ? 'empty' : undefined;
  return parsed.problem;
}

/** The Indonesian message for a date problem, naming the field (`Tanggal surat`). */
export const dateMessage = (problem: DateProblem, name: string) => formLabels.date[problem](name);
