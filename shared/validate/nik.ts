// NIK (Nomor Induk Kependudukan): 16 digits =
//   PP KK CC  region: province, regency, district (Kemendagri codes)
//   DD MM YY  birth date; women add 40 to the day
//   SSSS      serial, never 0000
import {
  compareDates,
  isValidDate,
  latestYearNotAfter,
  requireIsoDate,
  toIsoDate,
  type CalendarDate,
} from './calendar';
import { digitsIssue, readDigits } from './digits';
import { error, toResult } from './issues';
import { unknownRegionWarning, type RegionCheck } from './regionIssue';
import type { Issue, Sex, ValidationResult } from './types';

export type NikParts = {
  /** The 16 digits, spaces removed. */
  nik: string;
  provinceCode: string;
  /** 4 digits: province + regency. */
  regencyCode: string;
  /** 6 digits: province + regency + district. */
  districtCode: string;
  /** ISO date; the century is resolved as described at `validateNik`. */
  birthDate: string;
  sex: Sex;
  serial: string;
};

export type NikOptions = {
  /** Today's date (`YYYY-MM-DD`) at the counter: resolves the century of the birth year. */
  today: string;
  /** Sex the clerk entered; a contradiction is an error. */
  sex?: Sex;
  /** Birth date the clerk entered (`YYYY-MM-DD`); a contradiction is an error. */
  birthDate?: string;
  /** Region table; an unknown region code is a warning. Without it, regions are not checked. */
  regions?: RegionCheck;
  /** Field name for the issues (default `nik`). */
  field?: string;
};

const FEMALE_DAY_OFFSET = 40;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * Validates and parses a NIK. Birth year: YY only gives the year modulo 100. When the clerk
 * entered a birth date with the same day, month and YY, its century is used (so a NIK of
 * someone over 100 parses correctly); otherwise the latest date not after `today` (a 100-year
 * window ending today). Contradictions with the entered sex or birth date are errors on the
 * NIK field; a region code missing from `regions` is only a warning.
 */
export function validateNik(raw: string, options: NikOptions): ValidationResult<NikParts> {
  const field = options.field ?? 'nik';
  const today = requireIsoDate(options.today, 'today');
  const entered =
    options.birthDate === undefined ? undefined : requireIsoDate(options.birthDate, 'birthDate');
  const read = readDigits(raw, 16);
  if ('problem' in read) {
    return toResult<NikParts>(undefined, [digitsIssue(field, 'nik', read.problem)]);
  }
  const nik = read.digits;
  const issues: Issue[] = [];

  const birth = decodeBirth(nik, today, entered);
  if (birth === undefined) {
    issues.push(error(field, 'nik.birthDateInvalid', { digits: nik.slice(6, 12) }));
  } else {
    issues.push(...contradictions(field, birth, options.sex, entered));
  }
  const serial = nik.slice(12);
  if (serial === '0000') issues.push(error(field, 'nik.serialZero'));

  const districtCode = nik.slice(0, 6);
  const regionIssue = unknownRegionWarning(
    field,
    'nik.regionUnknown',
    districtCode,
    options.regions,
  );
  if (regionIssue !== undefined) issues.push(regionIssue);

  if (birth === undefined) return toResult<NikParts>(undefined, issues);
  return toResult(
    {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(0, 4),
      districtCode,
      birthDate: toIsoDate(birth.date),
      sex: birth.sex,
      serial,
    },
    issues,
  );
}

type Birth = { date: CalendarDate; sex: Sex };

function decodeBirth(
  nik: string,
  today: CalendarDate,
  entered: CalendarDate | undefined,
): Birth | undefined {
  const encodedDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex: Sex = encodedDay > FEMALE_DAY_OFFSET ? 'female' : 'male';
  const day = sex === 'female' ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
  const enteredMatches =
    entered !== undefined &&
    entered.day === day &&
    entered.month === month &&
    entered.year % 100 === yy;
  const year = enteredMatches ? entered.year : latestYearNotAfter(yy, month, day, today);
  const date = { year, month, day };
  return isValidDate(date) ? { date, sex } : undefined;
}

function contradictions(
  field: string,
  birth: Birth,
  enteredSex: Sex | undefined,
  enteredDate: CalendarDate | undefined,
): Issue[] {
  const issues: Issue[] = [];
  if (enteredSex !== undefined && enteredSex !== birth.sex) {
    issues.push(error(field, 'nik.sexMismatch', { nikSex: birth.sex }));
  }
  if (enteredDate !== undefined && compareDates(enteredDate, birth.date) !== 0) {
    const { day, month, year } = birth.date;
    const nikDate = `${twoDigits(day)}-${twoDigits(month)}-${twoDigits(year % 100)}`;
    issues.push(error(field, 'nik.birthDateMismatch', { nikDate }));
  }
  return issues;
}

/** Builds the 16 digits from parts (the inverse of `validateNik` within its century window). */
export function buildNik(
  parts: Pick<NikParts, 'districtCode' | 'birthDate' | 'sex' | 'serial'>,
): string {
  if (!/^\d{6}$/.test(parts.districtCode)) throw new RangeError('districtCode must be 6 digits');
  if (!/^\d{4}$/.test(parts.serial)) throw new RangeError('serial must be 4 digits');
  const { year, month, day } = requireIsoDate(parts.birthDate, 'birthDate');
  const encodedDay = parts.sex === 'female' ? day + FEMALE_DAY_OFFSET : day;
  return `${parts.districtCode}${twoDigits(encodedDay)}${twoDigits(month)}${twoDigits(year % 100)}${parts.serial}`;
}
