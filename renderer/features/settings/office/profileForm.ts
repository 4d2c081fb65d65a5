import { formatNip } from '../../../../shared/users/nip';
import { parseProfile } from '../../../../shared/office/parseProfile';
import type { OfficeProfile, PaperSize } from '../../../../shared/office/profile';
import { fieldErrors } from '../../../components/form/fieldErrors';
import {
  applyLetterhead,
  letterheadFieldOf,
  letterheadValues,
  type LetterheadValues,
} from './letterheadForm';

export interface SignerValues {
  name: string;
  nip: string;
  /** A grade such as "IV/c", or empty. */
  rank: string;
  position: string;
  userId?: string | undefined;
}

type Sides = 'top' | 'right' | 'bottom' | 'left';

export interface NumberingValues {
  template: string;
  classificationCode: string;
  unit: string;
  seqPadding: string;
  yearlyReset: boolean;
}

/** The whole office profile as typed in the settings. Numbers stay strings until saved. */
export interface ProfileFormValues {
  letterhead: LetterheadValues;
  signers: SignerValues[];
  /** One post per line, in paraf order. */
  parafPositions: string;
  paperSize: PaperSize;
  margins: Record<Sides, string>;
  idleLockMinutes: string;
  numbering: NumberingValues;
}

/** Errors by form key: `letterhead.name`, `signers.0.nip`, `margins.top`, `numbering.unit`, … */
export type ProfileFormErrors = Partial<Record<string, string>>;

export function profileFormValues(profile: OfficeProfile): ProfileFormValues {
  const { top, right, bottom, left } = profile.marginsMm;
  return {
    letterhead: letterheadValues(profile),
    signers: profile.signers.map(({ name, nip, rank, position, userId }) => ({
      name,
      nip: formatNip(nip),
      rank,
      position,
      userId,
    })),
    parafPositions: profile.parafPositions.join('\n'),
    paperSize: profile.paperSize,
    margins: { top: `${top}`, right: `${right}`, bottom: `${bottom}`, left: `${left}` },
    idleLockMinutes: `${profile.idleLockMinutes}`,
    numbering: { ...profile.numbering, seqPadding: `${profile.numbering.seqPadding}` },
  };
}

/** "20" → 20; anything else → NaN, which the schema reports in Indonesian. */
export function toNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function numberingInput(values: NumberingValues) {
  return { ...values, seqPadding: toNumber(values.seqPadding) };
}

/** Checks the typed profile; every error keyed to the field that shows it. */
export function checkProfileForm(
  profile: OfficeProfile,
  values: ProfileFormValues,
): { ok: true; profile: OfficeProfile } | { ok: false; errors: ProfileFormErrors } {
  const withLetterhead = applyLetterhead(profile, values.letterhead);
  const input = {
    ...withLetterhead,
    signers: values.signers.map(({ userId, rank, ...signer }) => ({
      ...signer,
      ...(rank !== '' && { rank }),
      ...(userId && { userId }),
    })),
    parafPositions: values.parafPositions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    paperSize: values.paperSize,
    marginsMm: {
      top: toNumber(values.margins.top),
      right: toNumber(values.margins.right),
      bottom: toNumber(values.margins.bottom),
      left: toNumber(values.margins.left),
    },
    idleLockMinutes: toNumber(values.idleLockMinutes),
    numbering: numberingInput(values.numbering),
  };
  const parsed = parseProfile(input);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: fieldErrors(parsed.issues, (path) => formKeyOf(withLetterhead, path)),
  };
}

function formKeyOf(profile: Parameters<typeof letterheadFieldOf>[0], path: string): string | null {
  const letterhead = letterheadFieldOf(profile, path);
  if (letterhead) return `letterhead.${letterhead}`;
  const [head = '', second, third] = path.split('.');
  switch (head) {
    case 'signers':
      return second !== undefined && third !== undefined ? `signers.${second}.${third}` : 'signers';
    case 'parafPositions':
    case 'paperSize':
    case 'idleLockMinutes':
      return head;
    case 'marginsMm':
      return second ? `margins.${second}` : null;
    case 'numbering':
      return `numbering.${second ?? 'template'}`;
    default:
      return null;
  }
}
