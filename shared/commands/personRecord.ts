import type { PersonInput, PersonRecord } from '../cases/records';
import { validateKk } from '../validate/kk';
import { normalizeName } from '../validate/name';
import { validateNik } from '../validate/nik';
import { validatePhone } from '../validate/phone';
import type { Issue } from '../validate/types';
import { commandError, fromIssue } from './errors';
import { commandMessages } from './messages';
import type { CommandError } from './types';

export interface PersonOptions {
  id: string;
  officeId: string;
  /** Payload field of this person (`applicant`, `subject`): issues are placed under it. */
  field: string;
  /** The office-local date at the counter. */
  today: string;
  /** False only for a newborn on a newborn track. */
  nikRequired: boolean;
  now: Date;
}

export interface PersonCheck {
  record?: PersonRecord;
  errors: CommandError[];
  warnings: CommandError[];
}

const filled = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/**
 * Checks what the clerk typed for one person with the shared validators (NIK
 * against the typed sex and birth date, No. KK, phone) and builds the record:
 * digits without spaces, phone in E.164, the name's search key.
 */
export function personRecord(input: PersonInput, options: PersonOptions): PersonCheck {
  const { field, today } = options;
  const issues: Issue[] = [];
  const errors: CommandError[] = [];
  if (input.birthDate > today) {
    errors.push(
      commandError('birthDate-future', commandMessages.birthDateFuture, `${field}.birthDate`),
    );
  }
  let nik: string | undefined;
  if (options.nikRequired || filled(input.nik)) {
    const result = validateNik(input.nik ?? '', {
      today,
      sex: input.sex,
      birthDate: input.birthDate,
      field: `${field}.nik`,
    });
    issues.push(...result.issues);
    nik = result.value?.nik;
  }
  let kk: string | undefined;
  if (filled(input.kk)) {
    const result = validateKk(input.kk, { today, field: `${field}.kk` });
    issues.push(...result.issues);
    kk = result.value?.kk;
  }
  let phone: string | undefined;
  if (filled(input.phone)) {
    const result = validatePhone(input.phone, { field: `${field}.phone` });
    issues.push(...result.issues);
    phone = result.value?.e164;
  }
  errors.push(...issues.filter((issue) => issue.severity === 'error').map(fromIssue));
  const warnings = issues.filter((issue) => issue.severity === 'warning').map(fromIssue);
  if (errors.length > 0) return { errors, warnings };
  return {
    errors,
    warnings,
    record: {
      id: options.id,
      officeId: options.officeId,
      ...(nik ? { nik } : {}),
      ...(kk ? { kk } : {}),
      name: input.name,
      nameKey: normalizeName(input.name),
      ...(input.birthPlace ? { birthPlace: input.birthPlace } : {}),
      birthDate: input.birthDate,
      sex: input.sex,
      address: input.address,
      ...(phone ? { phone } : {}),
      updatedAt: options.now.toISOString(),
    },
  };
}
