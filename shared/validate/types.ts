import type { RegionLevel } from './regionCode';

export type Sex = 'male' | 'female';

export type Severity = 'error' | 'warning';

type LengthParams = { length: number };
type DateDigitsParams = { digits: string };
type RegionParams = { code: string; level: RegionLevel };

/**
 * Every issue code with the parameters its message needs. Codes are stable English strings:
 * the UI, the server and tests switch on them; the Indonesian text lives in `messages.ts`.
 */
export type IssueParams = {
  'nik.required': [];
  'nik.notDigits': [];
  'nik.length': [LengthParams];
  'nik.birthDateInvalid': [DateDigitsParams];
  'nik.serialZero': [];
  'nik.sexMismatch': [{ nikSex: Sex }];
  'nik.birthDateMismatch': [{ nikDate: string }];
  'nik.regionUnknown': [RegionParams];
  'kk.required': [];
  'kk.notDigits': [];
  'kk.length': [LengthParams];
  'kk.issueDateInvalid': [DateDigitsParams];
  'kk.issueDateFuture': [DateDigitsParams];
  'kk.serialZero': [];
  'kk.regionUnknown': [RegionParams];
  'bpjs.required': [];
  'bpjs.notDigits': [];
  'bpjs.length': [LengthParams];
  'phone.required': [];
  'phone.invalidCharacters': [];
  'phone.invalid': [];
  'phone.notIndonesian': [];
  'phone.notPersonal': [];
};

export type IssueCode = keyof IssueParams;

export type Issue = {
  /** The form field the issue belongs to, e.g. `nik` (callers may pass their own field path). */
  field: string;
  code: IssueCode;
  severity: Severity;
  /** Indonesian text for the clerk, from `messages.ts`. */
  message: string;
};

/** `ok` is true when no issue has severity `error`; warnings never block. */
export type ValidationResult<T> =
  { ok: true; value: T; issues: Issue[] } | { ok: false; value?: undefined; issues: Issue[] };
