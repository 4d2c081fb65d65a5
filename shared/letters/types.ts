import type { BpjsStatus, Reason, RegistryCheck, Relationship } from '../cases/records';
import type { Letterhead } from '../office/letterhead';
import type { Margins, PaperSize } from '../office/profile';
import type { BpjsSegment, LegalBasis, LetterKind } from '../standards/schema';

/** What every document needs of the office: its kop surat, place name, paper and margins. */
export interface LetterOffice {
  letterhead: Letterhead;
  /** The place written before the date ("Bulukumba, 1 Desember 2026"). */
  city: string;
  /** The region the office serves: "Kabupaten Bulukumba", "Kota Solok". */
  region: string;
  /** "Dinas Sosial Kabupaten Bulukumba". */
  fullName: string;
  paperSize: PaperSize;
  marginsMm: Margins;
  timeZone: string;
}

/** The official who signs, as printed under the signature. */
export interface LetterSigner {
  name: string;
  /** Printed as is: "19700101 199503 1 001". */
  nip: string;
  /** "Pembina Utama Muda (IV/c)". */
  rank: string;
  /** "Kepala Dinas Sosial". */
  position: string;
  /** The head on whose behalf a deputy signs ("a.n. Kepala Dinas Sosial …"). */
  onBehalfOf?: string;
}

/**
 * The office's own verification mark: a short code and the QR modules (true = dark) of the
 * signed payload, made by `shared/letters/verification`. Not a certified e-signature.
 */
export interface VerificationMark {
  code: string;
  qr: readonly (readonly boolean[])[];
  /** Where the code can be checked online, when the office publishes it. */
  url?: string;
}

/** A person as a letter prints them; the address already written out in one line. */
export interface LetterPerson {
  name: string;
  nik?: string;
  kk?: string;
  birthPlace?: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'male' | 'female';
  /** "Jl. Serikaya No. 3, RT 002/RW 001, Desa …, Kecamatan …, Kabupaten …, Provinsi …". */
  address: string;
}

/** The letter kinds issued for one case (kinds 1–5 of issue 5). */
export type CaseLetterKind = Extract<
  LetterKind,
  | 'rekomendasiPbpuPemda'
  | 'rekomendasiApbd'
  | 'rekomendasiJkss'
  | 'keteranganReaktivasi'
  | 'rekomendasiBayiBaruLahir'
  | 'rekomendasiReaktivasi'
>;

/** Sifat surat: "Biasa", or "Segera" for a priority case (someone is in hospital now). */
export type LetterNature = 'biasa' | 'segera';

/** The faskes statement that Permensos 3/2026 asks for before a PBI member is reactivated. */
export interface FaskesLetter {
  name: string;
  letterNumber: string;
  letterDate?: string;
}

/** Everything a case letter prints; built from the case by `caseLetterInputOf`. */
export interface CaseLetterInput {
  office: LetterOffice;
  number: string;
  /** `YYYY-MM-DD` on the office's calendar; also the PDF's creation date. */
  issueDate: string;
  nature: LetterNature;
  /** Lampiran; "-" when nothing is attached. */
  attachment: string;
  addressee: string;
  /** The person to be covered. */
  subject: LetterPerson;
  /** The person at the counter, when not the subject (a parent for a newborn). */
  applicant?: { person: LetterPerson; relationship: Relationship };
  /** The legal basis of the case's standard version, quoted in the body. */
  legalBasis: readonly LegalBasis[];
  registry?: RegistryCheck;
  bpjs?: BpjsStatus;
  reason?: Reason;
  signer: LetterSigner;
  /** Posts whose initials go in the paraf boxes, in order. */
  parafPositions: readonly string[];
  tembusan: readonly string[];
  verification?: VerificationMark;
  /** The standard the case was opened under, for the document's metadata. */
  standard: { serviceCode: string; version: number; title: string };
}

/** Surat keterangan reaktivasi (DTKS rules) or pengaktifan kembali (Permensos 3/2026). */
export type ReactivationInput = CaseLetterInput &
  ({ wording: 'reaktivasi' } | { wording: 'pengaktifanKembali'; faskes: FaskesLetter });

/** A newborn's recommendation: the family's scheme decides the addressee and the wording. */
export type NewbornInput = CaseLetterInput & { familyScheme: BpjsSegment };
