import { z } from 'zod';
import { formatLetterNumber } from '../../../../shared/numbering/formatLetterNumber';
import { numberingSettingsSchema } from '../../../../shared/numbering/settings';
import { numberingInput, type NumberingValues } from './profileForm';

const indonesianErrors = z.locales.id().localeError;

export type NumberingExample = { ok: true; value: string } | { ok: false; message: string };

/**
 * The number letter `seq` would get on `date` with the settings as typed, or why there is
 * none (a wrong template, a service code a number cannot carry), in Indonesian.
 */
export function numberingExample(
  values: NumberingValues,
  example: { seq: number; date: string; serviceCode?: string | undefined },
): NumberingExample {
  const parsed = numberingSettingsSchema.safeParse(numberingInput(values), {
    error: indonesianErrors,
  });
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues[0]?.message ?? '' };
  }
  const formatted = formatLetterNumber(parsed.data, example);
  return formatted.ok ? formatted : { ok: false, message: formatted.error.message };
}
