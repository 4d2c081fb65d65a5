// The whole wizard as the clerk left it: every field as typed (never parsed away), so a
// reload resumes exactly there. Dates are kept as typed (`HH-BB-TTTT`), codes undotted.
import type { Priority, Reason, Relationship } from '../../../shared/cases/records';
import type { BpjsSegment, RegistryName } from '../../../shared/standards/schema';
import { typedFromIso } from '../../components/form/typedDate';
import { codesFrom, noRegion, type RegionCodes } from '../regions/regionCodes';
import type { ScanRef } from '../scans/scanRef';

export const stepIds = [
  'service',
  'persons',
  'papers',
  'registry',
  'bpjs',
  'reason',
  'summary',
] as const;
export type StepId = (typeof stepIds)[number];

export type YesNo = '' | 'yes' | 'no';

export interface AddressDraft extends RegionCodes {
  street: string;
  rt: string;
  rw: string;
}

export interface PersonDraft {
  nik: string;
  /** A newborn without a NIK yet (subject only). */
  noNik: boolean;
  kk: string;
  name: string;
  birthPlace: string;
  birthDate: string;
  sex: '' | 'male' | 'female';
  phone: string;
  address: AddressDraft;
}

export interface PaperDraft {
  status: '' | 'present' | 'missing';
  scans: ScanRef[];
}

export interface RegistryDraft {
  registry: '' | RegistryName;
  listed: YesNo;
  decile: string;
  dataMatches: YesNo;
  checkedOn: string;
  officer: string;
}

export interface BpjsDraft {
  cardNumber: string;
  segment: '' | BpjsSegment;
  status: '' | 'active' | 'nonActive';
  since: string;
  familyScheme: '' | BpjsSegment;
}

export interface ReasonDraft {
  kind: '' | Reason['kind'];
  text: string;
  faskesName: string;
  faskesLetterNumber: string;
  faskesLetterDate: string;
  sktmNumber: string;
}

/**
 * The ids a submission of this draft uses, kept with the draft: a retry sends the same
 * case, and a draft whose case is already stored (the app closed right after saving) is
 * recognised as done.
 */
export interface SubmitProgress {
  caseId: string;
  applicantId: string;
  subjectId: string;
}

export interface IntakeDraft {
  format: 1;
  step: StepId;
  /** Steps the clerk has left at least once: their empty required fields are pointed out. */
  visited: StepId[];
  serviceCode: string;
  trackId: string;
  priority: '' | Priority;
  relationship: Relationship;
  applicant: PersonDraft;
  subject: PersonDraft;
  subjectSameAddress: boolean;
  /** By requirement id. */
  papers: Record<string, PaperDraft>;
  registry: RegistryDraft;
  bpjs: BpjsDraft;
  reason: ReasonDraft;
  progress?: SubmitProgress;
}

function emptyAddress(regionCode = ''): AddressDraft {
  return { ...(regionCode ? codesFrom(regionCode) : noRegion), street: '', rt: '', rw: '' };
}

function emptyPerson(regionCode = ''): PersonDraft {
  return {
    nik: '',
    noNik: false,
    kk: '',
    name: '',
    birthPlace: '',
    birthDate: '',
    sex: '',
    phone: '',
    address: emptyAddress(regionCode),
  };
}

/**
 * A new intake. Most citizens live in the office's own regency, so both addresses start
 * there; the date checked starts today (as typed: `HH-BB-TTTT`) and the officer is the clerk.
 */
export function newDraft(options: {
  regencyCode: string;
  today: string;
  officer: string;
}): IntakeDraft {
  const region = options.regencyCode.replaceAll('.', '');
  return {
    format: 1,
    step: 'service',
    visited: [],
    serviceCode: '',
    trackId: '',
    priority: '',
    relationship: 'self',
    applicant: emptyPerson(region),
    subject: emptyPerson(region),
    subjectSameAddress: true,
    papers: {},
    registry: {
      registry: '',
      listed: '',
      decile: '',
      dataMatches: '',
      checkedOn: typedFromIso(options.today),
      officer: options.officer,
    },
    bpjs: { cardNumber: '', segment: '', status: '', since: '', familyScheme: '' },
    reason: {
      kind: '',
      text: '',
      faskesName: '',
      faskesLetterNumber: '',
      faskesLetterDate: '',
      sktmNumber: '',
    },
  };
}
