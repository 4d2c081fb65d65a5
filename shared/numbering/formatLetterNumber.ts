import { failure, success, type NumberingResult } from './errors';
import { letterDateParts, type LetterDate } from './letterDate';
import { numberingMessages } from './messages';
import { toRomanMonth } from './romanMonth';
import { serviceCodeShape } from './serviceCode';
import type { NumberingSettings } from './settings';
import { parseTemplate, templateUses, type PlaceholderName } from './template';

export type LetterNumberInput = {
  /** The sequence number taken from the device's block (`takeNumber`). */
  seq: number;
  /** The letter's issue date, `YYYY-MM-DD`. */
  date: LetterDate;
  /** Needed only when the template holds `{serviceCode}`. */
  serviceCode?: string;
};

/**
 * Renders a letter number, e.g. `400.9.11/0123/Dinsos/2026`. A sequence longer
 * than the padding is printed in full, never cut. Throws only on a programming
 * error (a sequence below 1 or an impossible date).
 */
export const formatLetterNumber = (
  settings: NumberingSettings,
  { seq, date, serviceCode }: LetterNumberInput,
): NumberingResult<string> => {
  const template = parseTemplate(settings.template);
  if (!template.ok) return template;
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(numberingMessages.seqInvalid(seq));
  const { year, month } = letterDateParts(date);
  if (templateUses(template.value, 'serviceCode')) {
    if (serviceCode === undefined || serviceCode.trim() === '') {
      return failure('service-code-missing', numberingMessages.serviceCodeMissing);
    }
    if (!serviceCodeShape.test(serviceCode)) {
      return failure('service-code-invalid', numberingMessages.serviceCodeInvalid(serviceCode));
    }
  }
  const values: Record<PlaceholderName, string> = {
    code: settings.classificationCode,
    seq: String(seq).padStart(settings.seqPadding, '0'),
    unit: settings.unit,
    year: String(year),
    month: String(month).padStart(2, '0'),
    romanMonth: toRomanMonth(month),
    serviceCode: serviceCode ?? '',
  };
  return success(
    template.value
      .map((part) => (part.kind === 'literal' ? part.text : values[part.name]))
      .join(''),
  );
};
