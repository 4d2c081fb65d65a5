// The draft as the commands' payloads. Pure. Required values the clerk left empty are passed
// on as typed (`asTyped`): the wizard does not submit with errors, and if it ever did, the
// command's schema refuses them with an error on the right field rather than a guessed value.
import type { CaseCheckDocumentsPayload } from '../../../shared/commands/caseCheckDocuments';
import type { CaseRecordBpjsStatusPayload } from '../../../shared/commands/caseRecordBpjsStatus';
import type { CaseRecordReasonPayload } from '../../../shared/commands/caseRecordReason';
import type { CaseRecordRegistryCheckPayload } from '../../../shared/commands/caseRecordRegistryCheck';
import type { CaseRegisterPayload } from '../../../shared/commands/caseRegister';
import type { CaseReturnDocumentsPayload } from '../../../shared/commands/caseReturnDocuments';
import type { BpjsStatus, PersonInput, Reason, RegistryCheck } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { dottedRegionCode } from '../../../shared/validate';
import type {
  AddressDraft,
  BpjsDraft,
  IntakeDraft,
  PersonDraft,
  ReasonDraft,
  RegistryDraft,
} from './draft';
import { paperOf } from './paperStatus';
import type { TrackProfile } from './trackProfile';
import { isoOf } from '../../components/form/typedDate';

export interface CaseIds {
  caseId: string;
  applicantId: string;
  subjectId: string;
}

/** A required choice the clerk did not make, handed on for the command to refuse. */
const asTyped = <T extends string>(value: T | ''): T => value as T;

const optional = <K extends string>(key: K, value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
};

export function personInput(
  person: PersonDraft,
  address: AddressDraft,
  withNik: boolean,
): PersonInput {
  return {
    ...(withNik ? optional('nik', person.nik) : {}),
    ...optional('kk', person.kk),
    name: person.name.trim(),
    ...optional('birthPlace', person.birthPlace),
    birthDate: isoOf(person.birthDate) ?? person.birthDate,
    sex: asTyped(person.sex),
    address: {
      street: address.street.trim(),
      ...optional('rt', address.rt),
      ...optional('rw', address.rw),
      villageCode: address.villageCode ? dottedRegionCode(address.villageCode) : '',
    },
    ...optional('phone', person.phone),
  };
}

export function registerPayload(
  draft: IntakeDraft,
  ids: CaseIds,
  officeId: string,
  newbornTrack: boolean,
): CaseRegisterPayload {
  const self = draft.relationship === 'self';
  const { subject } = draft;
  return {
    caseId: ids.caseId,
    applicantId: ids.applicantId,
    subjectId: self ? ids.applicantId : ids.subjectId,
    officeId,
    serviceCode: draft.serviceCode,
    trackId: draft.trackId,
    priority: asTyped(draft.priority),
    relationship: draft.relationship,
    applicant: personInput(draft.applicant, draft.applicant.address, true),
    ...(self
      ? {}
      : {
          subject: personInput(
            subject,
            draft.subjectSameAddress ? draft.applicant.address : subject.address,
            !(newbornTrack && subject.noNik),
          ),
        }),
  };
}

/** Every paper of the track; one not marked present counts as missing. */
export function checkDocumentsPayload(
  draft: IntakeDraft,
  profile: TrackProfile,
  caseId: string,
): CaseCheckDocumentsPayload {
  return {
    caseId,
    documents: profile.papers.map((requirement) => {
      const paper = paperOf(draft, requirement.id);
      return {
        requirementId: requirement.id,
        status: paper.status === 'present' ? 'present' : 'missing',
        blobIds: paper.scans.map((scan) => scan.id),
      };
    }),
  };
}

export function returnDocumentsPayload(
  missing: readonly Requirement[],
  caseId: string,
): CaseReturnDocumentsPayload {
  return { caseId, missing: missing.map((requirement) => requirement.id) };
}

/** The registry check as the clerk recorded it (the wizard's step or the case dialog). */
export function registryCheckOf(registry: RegistryDraft): RegistryCheck {
  const decile = registry.decile.trim();
  return {
    registry: asTyped(registry.registry),
    listed: registry.listed === 'yes',
    ...(registry.listed === 'yes' && decile !== '' ? { decile: Number(decile) } : {}),
    ...(registry.dataMatches ? { dataMatches: registry.dataMatches === 'yes' } : {}),
    checkedOn: isoOf(registry.checkedOn) ?? registry.checkedOn,
    officer: registry.officer.trim(),
  };
}

export function registryCheckPayload(
  draft: IntakeDraft,
  caseId: string,
): CaseRecordRegistryCheckPayload {
  return { caseId, check: registryCheckOf(draft.registry) };
}

/** A newborn not yet enrolled has no card and no status of its own: not active. */
export function bpjsStatusOf(bpjs: BpjsDraft): BpjsStatus {
  const enrolled = bpjs.segment !== 'belumTerdaftar';
  return {
    ...(enrolled ? optional('cardNumber', bpjs.cardNumber) : {}),
    segment: asTyped(bpjs.segment),
    status: enrolled ? asTyped(bpjs.status) : 'nonActive',
    ...(enrolled && bpjs.since.trim() !== '' ? { since: isoOf(bpjs.since) ?? bpjs.since } : {}),
    ...(bpjs.familyScheme ? { familyScheme: bpjs.familyScheme } : {}),
  };
}

export function bpjsStatusPayload(draft: IntakeDraft, caseId: string): CaseRecordBpjsStatusPayload {
  return { caseId, status: bpjsStatusOf(draft.bpjs) };
}

/** The reason and its evidence; the faskes letter only when its name or number is given. */
export function reasonOf(reason: ReasonDraft): Reason {
  const faskes =
    reason.faskesName.trim() !== '' || reason.faskesLetterNumber.trim() !== ''
      ? {
          faskes: {
            name: reason.faskesName.trim(),
            letterNumber: reason.faskesLetterNumber.trim(),
            ...(reason.faskesLetterDate.trim() !== ''
              ? { letterDate: isoOf(reason.faskesLetterDate) ?? reason.faskesLetterDate }
              : {}),
          },
        }
      : {};
  return {
    kind: asTyped(reason.kind),
    ...optional('text', reason.text),
    ...faskes,
    ...optional('sktmNumber', reason.sktmNumber),
  };
}

export function reasonPayload(draft: IntakeDraft, caseId: string): CaseRecordReasonPayload {
  return { caseId, reason: reasonOf(draft.reason) };
}
