// Shape check shared by the fixed-length number validators (NIK, No. KK, BPJS card number).
import { error } from './issues';

export type DigitsProblem =
  { kind: 'required' } | { kind: 'notDigits' } | { kind: 'length'; length: number };

/**
 * Strips whitespace (clerks type NIKs in groups: `3201 0123 …`) and checks that exactly
 * `length` digits remain. Anything else (letters, dots, dashes) is `notDigits`.
 */
export function readDigits(
  raw: string,
  length: number,
): { digits: string } | { problem: DigitsProblem } {
  const digits = raw.replace(/\s+/g, '');
  if (digits === '') return { problem: { kind: 'required' } };
  if (!/^\d+$/.test(digits)) return { problem: { kind: 'notDigits' } };
  if (digits.length !== length) return { problem: { kind: 'length', length: digits.length } };
  return { digits };
}

/** The issue for a shape problem of the document whose codes start with `prefix`. */
export function digitsIssue(field: string, prefix: 'nik' | 'kk' | 'bpjs', problem: DigitsProblem) {
  switch (problem.kind) {
    case 'required':
      return error(field, `${prefix}.required`);
    case 'notDigits':
      return error(field, `${prefix}.notDigits`);
    case 'length':
      return error(field, `${prefix}.length`, { length: problem.length });
  }
}
