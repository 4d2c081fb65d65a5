import { paperOfType } from '../cases/papers';
import type { CaseRecord, PersonRecord } from '../cases/records';
import type { OfficeProfile, Signer } from '../office/profile';
import type { LetterKind, ServiceStandard } from '../standards/schema';
import type { RegionTable } from '../validate/regions';
import { resolveAddressee } from '../workflow/addressee';
import { keteranganReaktivasi } from './kinds/keteranganReaktivasi';
import { rekomendasiApbd } from './kinds/rekomendasiApbd';
import { rekomendasiBayiBaruLahir } from './kinds/rekomendasiBayiBaruLahir';
import { rekomendasiJkss } from './kinds/rekomendasiJkss';
import { rekomendasiPbpuPemda } from './kinds/rekomendasiPbpuPemda';
import { rekomendasiReaktivasi } from './kinds/rekomendasiReaktivasi';
import { letterLabels } from './labels';
import type { LetterElement } from './LetterDocument';
import { letterMessages as messages } from './messages';
import { letterOfficeOf, letterSignerOf } from './office';
import { letterPersonOf } from './people';
import type { CaseLetterInput, CaseLetterKind, VerificationMark } from './types';

/** What a case letter is drawn up from. */
export interface CaseLetterSource {
  caseRecord: CaseRecord;
  /** At least the case's subject and applicant. */
  persons: readonly PersonRecord[];
  profile: OfficeProfile;
  /** The standard version the case was opened under (`caseRecord.standardVersion`). */
  standard: ServiceStandard;
  /** From the numbering module. */
  number: string;
  /** `YYYY-MM-DD` on the office's calendar. */
  issueDate: string;
  signer: Signer;
  verification?: VerificationMark;
  /** For the village, district, regency and province names of the addresses. */
  regions?: Pick<RegionTable, 'lookup'>;
  /** Copies to; "Yang bersangkutan" and "Arsip" when not given. */
  tembusan?: readonly string[];
  /** Lampiran; "-" when not given. */
  attachment?: string;
}

export type CaseLetterError = {
  ok: false;
  code:
    | 'standard-mismatch'
    | 'person-missing'
    | 'not-a-case-letter'
    | 'faskes-required'
    | 'family-scheme-required'
    | 'no-addressee'
    | 'fact-missing';
  message: string;
};

export type CaseLetterInputResult =
  { ok: true; kind: CaseLetterKind; input: CaseLetterInput } | CaseLetterError;

export type CaseLetterResult =
  | {
      ok: true;
      kind: CaseLetterKind;
      input: CaseLetterInput;
      /** The perihal the letter prints. */
      subject: string;
      document: LetterElement;
    }
  | CaseLetterError;

const caseLetterKinds: readonly LetterKind[] = [
  'rekomendasiPbpuPemda',
  'rekomendasiApbd',
  'rekomendasiJkss',
  'keteranganReaktivasi',
  'rekomendasiBayiBaruLahir',
  'rekomendasiReaktivasi',
];
const isCaseLetterKind = (kind: LetterKind): kind is CaseLetterKind =>
  caseLetterKinds.includes(kind);

const fail = (code: CaseLetterError['code'], message: string): CaseLetterError => ({
  ok: false,
  code,
  message,
});

/** The track's step of a kind (the paraf chain, the signing posts). */
const stepOf = (standard: ServiceStandard, trackId: string, kind: 'paraf' | 'sign') =>
  standard.tracks.find((track) => track.id === trackId)?.steps.find((step) => step.kind === kind);

/**
 * The typed input of the case's letter: the addressee and letter kind from the standard's
 * product rules (first match wins), the legal basis of the case's own standard version, the
 * paraf chain of the track (else the office's paraf posts), "Segera" for a priority case.
 */
export function caseLetterInputOf(source: CaseLetterSource): CaseLetterInputResult {
  const { caseRecord, standard, profile } = source;
  if (
    standard.serviceCode !== caseRecord.serviceCode ||
    standard.version !== caseRecord.standardVersion
  ) {
    return fail(
      'standard-mismatch',
      messages.standardMismatch(caseRecord.serviceCode, caseRecord.standardVersion),
    );
  }
  const person = (id: string) => source.persons.find((candidate) => candidate.id === id);
  const subject = person(caseRecord.subjectId);
  if (!subject) return fail('person-missing', messages.personMissing);
  const addressee = resolveAddressee(standard, caseRecord.trackId, caseRecord.workflow.facts);
  if (!addressee.ok) {
    const code = addressee.error.code === 'fact-missing' ? 'fact-missing' : 'no-addressee';
    return fail(code, addressee.error.message);
  }
  const kind = addressee.product.letterKind;
  if (!kind || !isCaseLetterKind(kind)) {
    return fail('not-a-case-letter', messages.notACaseLetter(kind ?? addressee.product.id));
  }
  const applicant =
    caseRecord.applicantId === caseRecord.subjectId ? undefined : person(caseRecord.applicantId);
  const chain = stepOf(standard, caseRecord.trackId, 'paraf')?.parafChain;
  const input: CaseLetterInput = {
    office: letterOfficeOf(profile),
    number: source.number,
    issueDate: source.issueDate,
    nature: caseRecord.priority === 'none' ? 'biasa' : 'segera',
    attachment: source.attachment ?? letterLabels.header.noAttachment,
    addressee: addressee.to,
    subject: letterPersonOf(subject, source.regions),
    ...(applicant
      ? {
          applicant: {
            person: letterPersonOf(applicant, source.regions),
            relationship: caseRecord.relationship,
          },
        }
      : {}),
    legalBasis: standard.legalBasis,
    ...(caseRecord.registry ? { registry: caseRecord.registry } : {}),
    ...(caseRecord.bpjs ? { bpjs: caseRecord.bpjs } : {}),
    ...(caseRecord.reason ? { reason: caseRecord.reason } : {}),
    signer: letterSignerOf(source.signer, stepOf(standard, caseRecord.trackId, 'sign')?.signers),
    parafPositions: chain ? chain.map((slot) => slot.position) : profile.parafPositions,
    tembusan: source.tembusan ?? [letterLabels.tembusan.subject, letterLabels.tembusan.archive],
    ...(source.verification ? { verification: source.verification } : {}),
    standard: {
      serviceCode: standard.serviceCode,
      version: standard.version,
      title: standard.title,
    },
  };
  return { ok: true, kind, input };
}

/**
 * The case's letter as a document for `renderLetterPdf`, with the input it was drawn from,
 * or why it cannot be drawn up yet.
 */
export function caseLetterOf(source: CaseLetterSource): CaseLetterResult {
  const built = caseLetterInputOf(source);
  if (!built.ok) return built;
  const { kind, input } = built;
  const done = (document: LetterElement): CaseLetterResult => ({
    ok: true,
    kind,
    input,
    subject: document.props.meta.subject ?? document.props.meta.title,
    document,
  });
  switch (kind) {
    case 'rekomendasiPbpuPemda':
      return done(rekomendasiPbpuPemda(input));
    case 'rekomendasiApbd':
      return done(rekomendasiApbd(input));
    case 'rekomendasiJkss':
      return done(rekomendasiJkss(input));
    case 'rekomendasiReaktivasi':
      return done(rekomendasiReaktivasi(input));
    case 'keteranganReaktivasi': {
      if (!paperOfType(source.standard, source.caseRecord.trackId, 'keteranganFaskes')) {
        return done(keteranganReaktivasi({ ...input, wording: 'reaktivasi' }));
      }
      const faskes = input.reason?.faskes;
      if (!faskes) return fail('faskes-required', messages.faskesRequired);
      return done(keteranganReaktivasi({ ...input, wording: 'pengaktifanKembali', faskes }));
    }
    case 'rekomendasiBayiBaruLahir': {
      const familyScheme = input.bpjs?.familyScheme;
      if (!familyScheme) return fail('family-scheme-required', messages.familySchemeRequired);
      return done(rekomendasiBayiBaruLahir({ ...input, familyScheme }));
    }
  }
}
