// Test-only: realistic cases of the five seed offices brought through the commands, the worst
// case for the one-page rule, and the source a letter is drawn up from.
import { uuidv7 } from 'uuidv7';
import type { PersonInput } from '../cases/records';
import {
  bo,
  createHarness,
  fo,
  personInput,
  registerPayload,
  type Harness,
} from '../commands/harness.test-helpers';
import {
  bulukumbaCase,
  solokCase,
  tanggamusCase,
  type Opened,
} from '../commands/scenarios.test-helpers';
import type { OfficeProfile, PaperSize, Signer } from '../office/profile';
import { standardVersion } from '../standards/catalog';
import type { ServiceStandard } from '../standards/schema';
import {
  catalog,
  longestRegions,
  profileOf,
  regions,
  signers,
  type SeedOfficeId,
} from './fixtures.test-helpers';
import type { CaseLetterSource } from './fromCase';
import type { VerificationMark } from './types';

type CitizenOverrides = Partial<Omit<PersonInput, 'address'>> & {
  serial?: string;
  address?: Partial<PersonInput['address']>;
};

/** A person in a real village (`village`: the code's last four digits) with the given overrides. */
export function citizen(
  districtCode: string,
  village: string,
  overrides: CitizenOverrides = {},
): PersonInput {
  const { address, ...rest } = overrides;
  const base = personInput(districtCode, rest);
  const villageCode = `${base.address.villageCode.slice(0, 9)}${village}`;
  return { ...base, address: { ...base.address, villageCode, ...address } };
}

/** 120 characters: the longest name the case schema accepts. */
export const longestName =
  'Hj. Andi Sitti Nurhayati Daeng Ngai Binti Muhammad Arfah Syamsuddin Baharuddin Kamaruddin Sahabuddin Nasrullah Amiruddin';
/** 200 characters: the longest street the case schema accepts. */
export const longestStreet =
  'Jl. Poros Bulukumba–Bantaeng Km. 12, Lorong Masjid Nurul Iman, Dusun Bonto Tangnga, belakang Sekolah Dasar Negeri 145 Gantarang, sebelah Pos Pelayanan Terpadu Anggrek, rumah kayu panggung cat hijau';

export interface LetterCase {
  h: Harness;
  caseId: string;
  officeId: SeedOfficeId;
}

const dtks = { registry: 'DTKS', listed: true, checkedOn: '2026-07-20', officer: 'Ani Rahmawati' };
const dtsen = { ...dtks, registry: 'DTSEN', decile: 2 };

function withChecks(
  opened: Opened,
  officeId: SeedOfficeId,
  registry: Record<string, unknown> = dtks,
  bpjs?: unknown,
): LetterCase {
  opened.h.must('case.recordRegistryCheck', { caseId: opened.caseId, check: registry }, fo);
  if (bpjs) opened.h.must('case.recordBpjsStatus', { caseId: opened.caseId, status: bpjs }, bo);
  return { ...opened, officeId };
}

const pbiNonActive = {
  cardNumber: '0001234567890',
  segment: 'PBI-APBN',
  status: 'nonActive',
  since: '2026-02-01',
};

/** The worst realistic subject: 120-character name, 200-character street, long birthplace. */
export const worstCitizen = (districtCode: string, village: string) =>
  citizen(districtCode, village, {
    name: longestName,
    birthPlace: 'Kabupaten Kepulauan Siau Tagulandang Biaro',
    address: { street: longestStreet, rt: '012', rw: '007' },
  });

/**
 * Who the case is for. The worst case: someone in hospital whose child comes to the counter,
 * so the letter prints the 120-character subject and the applicant too.
 */
function people(worst: boolean, district: string, village: string, overrides: CitizenOverrides) {
  if (!worst) return { applicant: citizen(district, village, overrides) };
  return {
    relationship: 'child',
    applicant: citizen(district, village, {
      name: 'Andi Muhammad Arfah Syamsuddin Daeng Tompo bin Baharuddin',
      birthDate: '1990-05-17',
      sex: 'male',
      serial: '0002',
    }),
    subjectId: uuidv7(),
    subject: worstCitizen(district, village),
  };
}

export const letterCases = {
  tanggamus: (worst = false) =>
    withChecks(
      tanggamusCase(
        people(worst, '180601', '1002', { name: 'Sri Rahayu', birthPlace: 'Kota Agung' }),
      ),
      'dinsos-tanggamus',
    ),
  mentawai: (worst = false) => {
    const h = createHarness('dinsos-mentawai', '2026-07-20T08:00:00+07:00');
    const payload = registerPayload('dinsos-mentawai', 'REK-BPJS-APBD', '130901', {
      ...people(worst, '130901', '2008', {
        name: 'Yohanes Saleleubaja',
        sex: 'male',
        birthPlace: 'Sikakap',
        serial: '0007',
      }),
      reason: { kind: 'illness', sktmNumber: '474/27/SLB/VII/2026' },
    });
    h.must('case.register', payload, fo);
    return withChecks({ h, caseId: payload.caseId }, 'dinsos-mentawai');
  },
  padangPanjang: (worst = false) => {
    const h = createHarness('dinkes-padang-panjang', '2026-07-20T08:00:00+07:00');
    const payload = registerPayload('dinkes-padang-panjang', 'REK-JKSS', '137401', {
      ...people(worst, '137401', '1003', { name: 'Yusnaini', birthPlace: 'Padang Panjang' }),
    });
    h.must('case.register', payload, fo);
    return withChecks({ h, caseId: payload.caseId }, 'dinkes-padang-panjang');
  },
  /** Seed 003 v1: opened in March 2026, before Permensos 3/2026, under DTKS. */
  bulukumbaV1: (worst = false) => {
    const h = createHarness('dinsos-bulukumba', '2026-03-10T09:00:00+08:00');
    const payload = registerPayload('dinsos-bulukumba', 'REAKTIVASI-PBI', '730201', {
      ...people(worst, '730201', '1001', { name: 'Hasnawati Daeng Bau' }),
    });
    h.must('case.register', payload, fo);
    const checked = { ...dtks, checkedOn: '2026-03-10' };
    return withChecks({ h, caseId: payload.caseId }, 'dinsos-bulukumba', checked, {
      ...pbiNonActive,
      since: '2026-01-05',
    });
  },
  /** Seed 003 v2: Permensos 3/2026, DTSEN decile 2, the faskes statement recorded. */
  bulukumbaV2: (worst = false) => {
    const opened = bulukumbaCase({
      priority: 'emergency',
      ...people(worst, '730201', '1001', { name: 'Hasnawati Daeng Bau' }),
      reason: {
        kind: 'emergency',
        faskes: {
          name: 'RSUD H. Andi Sulthan Daeng Radja',
          letterNumber: '445/1234/RSUD/VII/2026',
          letterDate: '2026-07-18',
        },
      },
    });
    return withChecks(opened, 'dinsos-bulukumba', dtsen, pbiNonActive);
  },
  solokNewborn: (familyScheme: 'PBI-APBN' | 'JKSS', worst = false) => {
    const parent = worst
      ? worstCitizen('137201', '1001')
      : citizen('137201', '1001', { name: 'Delfi Yanti', birthPlace: 'Solok' });
    const opened = solokCase('bayiBaruLahir', {
      relationship: 'parent',
      applicant: parent,
      subjectId: uuidv7(),
      subject: {
        ...parent,
        nik: undefined,
        name: worst ? longestName : 'Muhammad Alif Putra',
        birthDate: '2026-07-12',
        sex: 'male',
        phone: undefined,
      },
    });
    const documents = ['fotokopiKk', 'keteranganKelahiran'].map((requirementId) => ({
      requirementId,
      status: 'present',
    }));
    opened.h.must('case.checkDocuments', { caseId: opened.caseId, documents }, fo);
    opened.h.must(
      'case.recordBpjsStatus',
      {
        caseId: opened.caseId,
        status: { segment: 'belumTerdaftar', status: 'nonActive', familyScheme },
      },
      fo,
    );
    return { ...opened, officeId: 'dinsos-solok' as const };
  },
  solokReactivation: (worst = false) =>
    withChecks(
      solokCase(
        'reaktivasi',
        people(worst, '137201', '1001', { name: 'Rosmaniar', birthPlace: 'Solok' }),
      ),
      'dinsos-solok',
      { ...dtsen, dataMatches: true },
      { ...pbiNonActive, since: '2026-02-25' },
    ),
};

/** Three long legal-basis items, for the worst case of every kind. */
export const threeLegalBases: ServiceStandard['legalBasis'] = [
  {
    instrument: 'Undang-Undang',
    number: '40',
    year: 2004,
    title: 'Sistem Jaminan Sosial Nasional',
  },
  {
    instrument: 'Peraturan Presiden',
    number: '82',
    year: 2018,
    title:
      'Jaminan Kesehatan sebagaimana telah diubah terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024',
  },
  {
    instrument: 'Peraturan Menteri Sosial',
    number: '3',
    year: 2026,
    title: 'Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan Iuran Jaminan Kesehatan',
  },
];

export const threeTembusan = [
  'Bupati/Wali Kota (sebagai laporan)',
  'Kepala Dinas Kesehatan',
  'Arsip',
];

export function standardOfCase(letterCase: LetterCase): ServiceStandard {
  const record = letterCase.h.caseOf(letterCase.caseId);
  return standardVersion(catalog, letterCase.officeId, record.serviceCode, record.standardVersion);
}

/** Everything `caseLetterOf` needs for a fixture case. */
export function sourceOf(
  letterCase: LetterCase,
  options: {
    paperSize?: PaperSize;
    verification?: VerificationMark;
    worst?: boolean;
    signer?: Signer;
    tembusan?: readonly string[];
  } = {},
): CaseLetterSource {
  const profile = profileOf(letterCase.officeId, options.paperSize);
  const worstProfile: OfficeProfile = {
    ...profile,
    parafPositions: [
      'Penyuluh Sosial Ahli Muda',
      'Kepala Bidang Perlindungan dan Jaminan Sosial',
      'Sekretaris Dinas Sosial',
    ],
  };
  return {
    caseRecord: letterCase.h.caseOf(letterCase.caseId),
    persons: [...letterCase.h.persons.values()],
    profile: options.worst ? worstProfile : profile,
    standard: options.worst
      ? { ...standardOfCase(letterCase), legalBasis: threeLegalBases }
      : standardOfCase(letterCase),
    number: options.worst
      ? '400.9.11/0123/Bid.Linjamsos-Dinsos/VII/2026'
      : '400.9.11/0123/Dinsos/2026',
    issueDate: '2026-07-21',
    signer: options.signer ?? signers[letterCase.officeId],
    ...(options.verification ? { verification: options.verification } : {}),
    regions: options.worst ? longestRegions : regions,
    ...(options.tembusan || options.worst ? { tembusan: options.tembusan ?? threeTembusan } : {}),
  };
}
