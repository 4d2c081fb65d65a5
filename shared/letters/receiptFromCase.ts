import { paperRequirements } from '../cases/papers';
import type { CaseRecord, DocumentRecord, PersonRecord } from '../cases/records';
import type { OfficeProfile } from '../office/profile';
import type { ServiceStandard } from '../standards/schema';
import type { RegionTable } from '../validate/regions';
import type { ReceiptInput, ReceiptPaper } from './kinds/tandaTerimaBerkas';
import { letterLabels } from './labels';
import { letterOfficeOf } from './office';
import { addressText } from './people';
import type { VerificationMark } from './types';

const labels = letterLabels.receipt;

export interface ReceiptSource {
  mode: ReceiptInput['mode'];
  caseRecord: CaseRecord;
  documents: readonly DocumentRecord[];
  persons: readonly PersonRecord[];
  profile: OfficeProfile;
  /** The case's standard version. */
  standard: ServiceStandard;
  /** `YYYY-MM-DD`, office-local. */
  date: string;
  officer: string;
  regions?: Pick<RegionTable, 'lookup'>;
  verification?: VerificationMark;
}

/** The service as the slip names it: the standard's title, and the track when it has several. */
export function serviceName(standard: ServiceStandard, trackId: string): string {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  return standard.tracks.length > 1 && track
    ? `${standard.title} — ${track.label}`
    : standard.title;
}

/** The slip from the case's checklist: every paper of the track with its recorded status. */
export function receiptInputOf(source: ReceiptSource): ReceiptInput | undefined {
  const { caseRecord, standard } = source;
  const person = (id: string) => source.persons.find((candidate) => candidate.id === id);
  const subject = person(caseRecord.subjectId);
  if (!subject) return undefined;
  const applicant =
    caseRecord.applicantId === caseRecord.subjectId ? undefined : person(caseRecord.applicantId);
  const papers = paperRequirements(standard, caseRecord.trackId).map(
    (requirement): ReceiptPaper => {
      const recorded = source.documents.find((doc) => doc.requirementId === requirement.id);
      const copies = requirement.copies;
      return {
        label: requirement.label,
        status: recorded?.status ?? 'missing',
        ...(requirement.issuer ? { issuer: requirement.issuer } : {}),
        ...(copies
          ? {
              copies: requirement.perFamilyMember
                ? labels.copiesPerMember(copies)
                : labels.copies(copies),
            }
          : {}),
        anyOf: requirement.anyOf ?? [],
        notes: requirement.notes ?? [],
      };
    },
  );
  return {
    mode: source.mode,
    office: letterOfficeOf(source.profile),
    registration: caseRecord.id,
    date: source.date,
    service: serviceName(standard, caseRecord.trackId),
    subject: {
      name: subject.name,
      ...(subject.nik ? { nik: subject.nik } : {}),
      address: addressText(subject.address, source.regions),
    },
    ...(applicant
      ? { applicant: { name: applicant.name, relationship: caseRecord.relationship } }
      : {}),
    papers,
    officer: source.officer,
    ...(source.verification ? { verification: source.verification } : {}),
  };
}
