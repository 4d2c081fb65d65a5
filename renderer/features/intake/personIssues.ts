import type { Issue, RegionCheck } from '../../../shared/validate';
import { validateKk, validateNik, validatePhone } from '../../../shared/validate';
import { dateIssue } from './dateIssue';
import type { PersonDraft } from './draft';
import { missingValue, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { isoOf } from '../../components/form/typedDate';

const messages = intakeLabels.issues;

export interface PersonCheckOptions {
  /** `applicant` or `subject`: the path the issues are placed under. */
  field: string;
  today: string;
  regions?: RegionCheck;
  /** A newborn on a newborn track may have no NIK yet. */
  nikOptional: boolean;
  /** False when the subject lives at the applicant's address. */
  checkAddress: boolean;
  /** The applicant is the one the office calls back. */
  wantsPhone: boolean;
}

/** Everything wrong with one person as typed, with the shared validators' own messages. */
export function personIssues(person: PersonDraft, options: PersonCheckOptions): FieldIssue[] {
  const { field, today, regions } = options;
  const at = (name: string) => `${field}.${name}`;
  const issues: FieldIssue[] = [];
  const error = (name: string, message: string) =>
    issues.push({ field: at(name), severity: 'error', message });
  const required = (name: string, message: string) => issues.push(missingValue(at(name), message));
  const fromValidator = (found: readonly Issue[]) =>
    issues.push(
      ...found.map((issue) =>
        issue.code.endsWith('.required') ? missingValue(issue.field, issue.message) : issue,
      ),
    );

  const birthDate = isoOf(person.birthDate);
  const sex = person.sex || undefined;
  if (!(options.nikOptional && person.noNik)) {
    fromValidator(
      validateNik(person.nik, {
        today,
        field: at('nik'),
        ...(sex ? { sex } : {}),
        ...(birthDate && birthDate <= today ? { birthDate } : {}),
        ...(regions ? { regions } : {}),
      }).issues,
    );
  }
  if (person.kk.trim() !== '') {
    fromValidator(
      validateKk(person.kk, { today, field: at('kk'), ...(regions ? { regions } : {}) }).issues,
    );
  }
  if (person.name.trim() === '') required('name', messages.nameRequired);
  const date = dateIssue(person.birthDate, {
    field: at('birthDate'),
    name: messages.birthDate,
    today,
    required: true,
  });
  if (date) issues.push(date);
  if (!sex) required('sex', messages.sexRequired);
  if (person.phone.trim() !== '') {
    fromValidator(validatePhone(person.phone, { field: at('phone') }).issues);
  } else if (options.wantsPhone) {
    issues.push({ ...missingValue(at('phone'), messages.phoneMissing), severity: 'warning' });
  }
  if (options.checkAddress) {
    const { address } = person;
    if (address.villageCode === '') required('address.villageCode', messages.villageRequired);
    if (address.street.trim() === '') required('address.street', messages.streetRequired);
    if (address.rt.trim() !== '' && !/^\d{1,3}$/.test(address.rt.trim())) {
      error('address.rt', messages.rtInvalid);
    }
    if (address.rw.trim() !== '' && !/^\d{1,3}$/.test(address.rw.trim())) {
      error('address.rw', messages.rwInvalid);
    }
  }
  return issues;
}
