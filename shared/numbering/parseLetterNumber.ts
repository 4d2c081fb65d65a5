import { failure, success, type NumberingResult } from './errors';
import { numberingMessages } from './messages';
import { fromRomanMonth, romanMonthPattern } from './romanMonth';
import { serviceCodePattern } from './serviceCode';
import type { NumberingSettings } from './settings';
import { parseTemplate, type PlaceholderName } from './template';

/** What a letter number says, as far as the office's template records it. */
export type LetterNumberParts = {
  seq: number;
  year?: number;
  month?: number;
  serviceCode?: string;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patternFor = (name: PlaceholderName, settings: NumberingSettings): string => {
  switch (name) {
    case 'code':
      return escapeRegExp(settings.classificationCode);
    case 'unit':
      return escapeRegExp(settings.unit);
    case 'seq':
      return `\\d{${settings.seqPadding},}`;
    case 'year':
      return '\\d{4}';
    case 'month':
      return '\\d{2}';
    case 'romanMonth':
      return romanMonthPattern;
    case 'serviceCode':
      return serviceCodePattern;
  }
};

/**
 * Reads a letter number back into its parts (for search and verification).
 * Exact and case-sensitive: only what `formatLetterNumber` would print with the
 * same settings is accepted, so `00123` is refused when the padding is 4.
 */
export const parseLetterNumber = (
  settings: NumberingSettings,
  letterNumber: string,
): NumberingResult<LetterNumberParts> => {
  const template = parseTemplate(settings.template);
  if (!template.ok) return template;
  const mismatch = failure<LetterNumberParts>(
    'letter-number-mismatch',
    numberingMessages.letterNumberMismatch(letterNumber, settings.template),
  );
  const names: PlaceholderName[] = [];
  const source = template.value
    .map((part) => {
      if (part.kind === 'literal') return escapeRegExp(part.text);
      names.push(part.name);
      return `(${patternFor(part.name, settings)})`;
    })
    .join('');
  const match = new RegExp(`^${source}$`, 'u').exec(letterNumber.trim());
  if (match === null) return mismatch;
  const captured = new Map(names.map((name, index) => [name, match[index + 1] ?? '']));

  const seqText = captured.get('seq') ?? '';
  const seq = Number(seqText);
  if (seq < 1 || String(seq).padStart(settings.seqPadding, '0') !== seqText) return mismatch;

  const parts: LetterNumberParts = { seq };
  const yearText = captured.get('year');
  if (yearText !== undefined) parts.year = Number(yearText);
  const monthText = captured.get('month');
  const romanText = captured.get('romanMonth');
  const months = [
    monthText === undefined ? undefined : Number(monthText),
    romanText === undefined ? undefined : fromRomanMonth(romanText),
  ].filter((month) => month !== undefined);
  if (months.some((month) => month < 1 || month > 12)) return mismatch;
  if (new Set(months).size > 1) {
    return failure(
      'letter-number-mismatch',
      numberingMessages.letterNumberMonthConflict(letterNumber),
    );
  }
  if (months[0] !== undefined) parts.month = months[0];
  const serviceCode = captured.get('serviceCode');
  if (serviceCode !== undefined) parts.serviceCode = serviceCode;
  return success(parts);
};
