import { formatLongDate } from '../../dates/localDate';
import type { FieldRow } from '../blocks/FieldRows';
import { letterLabels } from '../labels';
import type { CaseLetterInput, LetterPerson } from '../types';

const labels = letterLabels.identity;

/** "Bulukumba, 12 Maret 1985" (the place left out when not recorded). */
export const birthText = (person: LetterPerson) =>
  [person.birthPlace, formatLongDate(person.birthDate)].filter(Boolean).join(', ');

export interface IdentityOptions {
  /** The subject is a newborn: "Nama Bayi" and the parent's name. */
  newborn?: boolean;
  /** Print the JKN-KIS card number. */
  card?: boolean;
}

/**
 * The subject's identity as the case letters print it. Who brought the papers is not printed
 * (the letter is about the subject), except a newborn's parent.
 */
export function identityRows(input: CaseLetterInput, options: IdentityOptions = {}): FieldRow[] {
  const { subject, applicant, bpjs } = input;
  const rows: FieldRow[] = [
    { label: options.newborn ? labels.babyName : labels.name, value: subject.name, strong: true },
    { label: labels.nik, value: subject.nik ?? labels.noNik },
    { label: labels.kk, value: subject.kk ?? '-' },
    { label: labels.birth, value: birthText(subject) },
    { label: labels.sex, value: letterLabels.sex[subject.sex] },
  ];
  if (options.newborn && applicant) {
    rows.push({ label: labels.parent, value: applicant.person.name });
  }
  rows.push({ label: labels.address, value: subject.address });
  if (options.card && bpjs) rows.push({ label: labels.card, value: bpjs.cardNumber ?? '-' });
  return rows;
}

/** The registry listing to quote, only when the person was found in it. */
export function listedRegistry(input: CaseLetterInput) {
  const { registry } = input;
  if (!registry?.listed) return undefined;
  return {
    name: registry.registry,
    ...(registry.decile !== undefined ? { decile: registry.decile } : {}),
  };
}
