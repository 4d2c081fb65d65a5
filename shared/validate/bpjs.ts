// Nomor Kartu JKN (BPJS Kesehatan card number): exactly 13 digits. The card prints no check
// digit we could verify, so the shape is all we check.
import { digitsIssue, readDigits } from './digits';
import { toResult } from './issues';
import type { ValidationResult } from './types';

export const BPJS_CARD_NUMBER_LENGTH = 13;

/** Validates a card number; the value is the 13 digits with spaces removed. */
export function validateBpjsCardNumber(
  raw: string,
  options: { field?: string } = {},
): ValidationResult<string> {
  const read = readDigits(raw, BPJS_CARD_NUMBER_LENGTH);
  if ('problem' in read) {
    return toResult<string>(undefined, [
      digitsIssue(options.field ?? 'bpjsNumber', 'bpjs', read.problem),
    ]);
  }
  return toResult(read.digits, []);
}
