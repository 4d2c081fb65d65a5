import { contactOf, withContact } from '../../../../shared/office/letterhead';
import { parseProfile } from '../../../../shared/office/parseProfile';
import type { OfficeProfile, OfficeProfileInput } from '../../../../shared/office/profile';
import { fieldErrors } from '../../../components/form/fieldErrors';

/** The letterhead and cut-off fields as typed, all strings so nothing typed is lost. */
export interface LetterheadValues {
  government: string;
  name: string;
  unit: string;
  street: string;
  locality: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  /** A `data:` URL, or empty. */
  emblem: string;
  /** "20" or "19, 24". */
  cutoffDays: string;
}

export type LetterheadField = keyof LetterheadValues;
export type LetterheadErrors = Partial<Record<LetterheadField | 'form', string>>;

export function letterheadValues(profile: OfficeProfile): LetterheadValues {
  return {
    government: profile.government,
    name: profile.name,
    unit: profile.unit ?? '',
    street: profile.address.street ?? '',
    locality: profile.address.locality ?? '',
    postalCode: profile.address.postalCode ?? '',
    city: profile.city,
    phone: contactOf(profile, 'phone') ?? '',
    email: contactOf(profile, 'email') ?? '',
    website: contactOf(profile, 'website') ?? '',
    emblem: profile.emblem ?? '',
    cutoffDays: profile.cutoffDays.join(', '),
  };
}

/** "19, 24" → [19, 24]; a word that is not a whole number stays as NaN for the schema to report. */
export function parseDays(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? Number(word) : Number.NaN));
}

/** The profile with the typed letterhead in place; empty optional fields are left out. */
export function applyLetterhead(
  profile: OfficeProfileInput,
  values: LetterheadValues,
): OfficeProfileInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  let contacts = profile.contacts;
  contacts = withContact(contacts, 'phone', values.phone);
  contacts = withContact(contacts, 'email', values.email);
  contacts = withContact(contacts, 'website', values.website);
  return {
    ...profile,
    government: values.government,
    name: values.name,
    unit: optional(values.unit),
    city: values.city,
    address: {
      street: optional(values.street),
      locality: optional(values.locality),
      postalCode: optional(values.postalCode.trim()),
    },
    contacts,
    emblem: optional(values.emblem),
    cutoffDays: parseDays(values.cutoffDays),
  };
}

/** The typed letterhead checked against the profile schema: a message per field, Indonesian. */
export function checkLetterhead(
  profile: OfficeProfileInput,
  values: LetterheadValues,
): { ok: true; profile: OfficeProfile } | { ok: false; errors: LetterheadErrors } {
  const applied = applyLetterhead(profile, values);
  const parsed = parseProfile(applied);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: fieldErrors(parsed.issues, (path) => letterheadFieldOf(applied, path)),
  };
}

const directFields: Record<string, LetterheadField> = {
  government: 'government',
  name: 'name',
  unit: 'unit',
  city: 'city',
  emblem: 'emblem',
  'address.street': 'street',
  'address.locality': 'locality',
  'address.postalCode': 'postalCode',
};

export function letterheadFieldOf(
  profile: OfficeProfileInput,
  path: string,
): LetterheadField | null {
  if (path in directFields) return directFields[path] ?? null;
  if (path === 'cutoffDays' || path.startsWith('cutoffDays.')) return 'cutoffDays';
  const contact = /^contacts\.(\d+)\.value$/.exec(path);
  const kind = contact ? profile.contacts?.[Number(contact[1])]?.kind : undefined;
  return kind === 'phone' || kind === 'email' || kind === 'website' ? kind : null;
}
