// No. KK (Nomor Kartu Keluarga): 16 digits =
//   PP KK CC  region: province, regency, district
//   DD MM YY  issue date (no +40: a family card has no sex)
//   SSSS      serial, never 0000
import {
  compareDates,
  isValidDate,
  latestYearEndingIn,
  requireIsoDate,
  toIsoDate,
} from './calendar';
import { digitsIssue, readDigits } from './digits';
import { error, toResult } from './issues';
import { unknownRegionWarning, type RegionCheck } from './regionIssue';
import type { Issue, ValidationResult } from './types';

export type KkParts = {
  /** The 16 digits, spaces removed. */
  kk: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** ISO date the card was issued. */
  issueDate: string;
  serial: string;
};

export type KkOptions = {
  /** Today's date (`YYYY-MM-DD`) at the counter. */
  today: string;
  /** Region table; an unknown region code is a warning. Without it, regions are not checked. */
  regions?: RegionCheck;
  /** Field name for the issues (default `kk`). */
  field?: string;
};

/**
 * Validates and parses a No. KK. Issue year: the latest year ending in YY that is not after
 * this year (a card cannot be a century old), so a date later this year is an error
 * (`kk.issueDateFuture`) rather than a date a hundred years ago.
 */
export function validateKk(raw: string, options: KkOptions): ValidationResult<KkParts> {
  const field = options.field ?? 'kk';
  const today = requireIsoDate(options.today, 'today');
  const read = readDigits(raw, 16);
  if ('problem' in read) {
    return toResult<KkParts>(undefined, [digitsIssue(field, 'kk', read.problem)]);
  }
  const kk = read.digits;
  const issues: Issue[] = [];

  const digits = kk.slice(6, 12);
  const date = {
    year: latestYearEndingIn(Number(kk.slice(10, 12)), today),
    month: Number(kk.slice(8, 10)),
    day: Number(kk.slice(6, 8)),
  };
  const dateValid = isValidDate(date);
  if (!dateValid) issues.push(error(field, 'kk.issueDateInvalid', { digits }));
  else if (compareDates(date, today) > 0)
    issues.push(error(field, 'kk.issueDateFuture', { digits }));
  const serial = kk.slice(12);
  if (serial === '0000') issues.push(error(field, 'kk.serialZero'));

  const districtCode = kk.slice(0, 6);
  const regionIssue = unknownRegionWarning(
    field,
    'kk.regionUnknown',
    districtCode,
    options.regions,
  );
  if (regionIssue !== undefined) issues.push(regionIssue);

  if (!dateValid) return toResult<KkParts>(undefined, issues);
  return toResult(
    {
      kk,
      provinceCode: kk.slice(0, 2),
      regencyCode: kk.slice(0, 4),
      districtCode,
      issueDate: toIsoDate(date),
      serial,
    },
    issues,
  );
}

/** Builds the 16 digits from parts (the inverse of `validateKk` for dates in its window). */
export function buildKk(parts: Pick<KkParts, 'districtCode' | 'issueDate' | 'serial'>): string {
  if (!/^\d{6}$/.test(parts.districtCode)) throw new RangeError('districtCode must be 6 digits');
  if (!/^\d{4}$/.test(parts.serial)) throw new RangeError('serial must be 4 digits');
  const iso = requireIsoDate(parts.issueDate, 'issueDate');
  const ddmmyy = [iso.day, iso.month, iso.year % 100].map((n) => String(n).padStart(2, '0'));
  return parts.districtCode + ddmmyy.join('') + parts.serial;
}
