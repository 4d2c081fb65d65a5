// Indonesian phone numbers (mobile and landline), stored as E.164. Uses the full ("max")
// libphonenumber metadata: the "min" set only checks lengths and would accept numbers that
// no Indonesian operator issues, and cannot tell mobile from landline.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { error, toResult } from './issues';
import type { ValidationResult } from './types';

export type PhoneKind = 'mobile' | 'landline';

export type Phone = {
  /** E.164, e.g. `+6281234567890`: what is stored. */
  e164: string;
  kind: PhoneKind;
  /** National format for display, e.g. `0812-3456-7890`, `(021) 5551234`. */
  national: string;
};

const allowedCharacters = /^\+?[\d\s\-().]+$/;

/**
 * Accepts `08…`, `+628…`, `628…` (and landlines `021…`, `+6221…`, `6221…`) with spaces,
 * dashes, dots or parentheses. A number written with the country code but without `+`
 * (`62…`) is read as +62: without that, libphonenumber takes `6221…` for the area code 0622.
 */
export function validatePhone(
  raw: string,
  options: { field?: string } = {},
): ValidationResult<Phone> {
  const field = options.field ?? 'phone';
  const text = raw.trim();
  if (text === '') return toResult<Phone>(undefined, [error(field, 'phone.required')]);
  if (!allowedCharacters.test(text)) {
    return toResult<Phone>(undefined, [error(field, 'phone.invalidCharacters')]);
  }
  const digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') || digits.startsWith('62') ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(international, 'ID');
  if (parsed === undefined || !parsed.isValid()) {
    return toResult<Phone>(undefined, [error(field, 'phone.invalid')]);
  }
  if (parsed.country !== 'ID') {
    return toResult<Phone>(undefined, [error(field, 'phone.notIndonesian')]);
  }
  const type = parsed.getType();
  const kind = type === 'MOBILE' ? 'mobile' : type === 'FIXED_LINE' ? 'landline' : undefined;
  if (kind === undefined) return toResult<Phone>(undefined, [error(field, 'phone.notPersonal')]);
  return toResult({ e164: parsed.number, kind, national: parsed.formatNational() }, []);
}
