// Test-only: office profiles of the five seed offices with signers and an emblem, and the
// region names of the fixtures' addresses. The cases are in letterCases.test-helpers.ts.
import {
  officeProfileSchema,
  profileFromCatalog,
  type OfficeProfile,
  type PaperSize,
  type Signer,
} from '../office/profile';
import { officeById } from '../standards/catalog';
import { seedCatalog } from '../standards/seeds';

export const catalog = seedCatalog();

/** A stand-in regional emblem (a green shield with a gold flower), 120 × 140 px PNG. */
export const emblem =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAACMCAIAAAA4BfqKAAAFCElEQVR4Ae3BsY2jsRGA0c8DteBgEqoDduB0EhbjWlyMEqbuYDqYSRS4iDOwAIE73OlWuytR/O/43j++ffvG9nzCNoWwTSFsUwjbFMI2hbBNIWxTnLjhejmzfYq24CfCNoWwTSFsU5y4Q+2F7bfckt8StimEbQphm0LYphC2KYRtCmGbQtimELYphG0KYZtC2KYQtimEbQphm0LYpjhxNG7Jm9oLxyEcilsyuCXHIWxTCMfhlvzILTkIYZtC2KYQtimEbQphm0LYphC2KYRtCmGb4sTruCU/qb3wIG7JT2ovvMKJF3FLfsUteVN74VPcktvcsvbCdMKq3NIt+U7thR/VXviOW7olSzqxNrcEai/8lluyNuFFai/czS25zS25W+2FVxBep/bC3dzSLWsvDLUXt3RL7lZ74UWEl6q98BFuyeCWfETthdc58Wq1F8AteZraC692Yg21Fwa35BFqLyzjxHpqL9zglnyn9sJBCAfhlm7Jm9oLb9zSLTkC4QjcktvckuUJy3NL3uOWrE1Ym1tyH7dkYcLC3JKf1F6A2gs/cUtWJazKLfk4t2RJwpLcks9yS9YjrMctuaH2wlB74Qa3ZDHCNoWwGLfkhtoLP6q9cINbshLhIGov/ErthSMQVuKWPI5bsgzhCGov3FZ7YXnC8movvKf2wtqEtdVeuE/thYUJC6u98BG1F1YlrKT2wpvaS+2Fj6u91F54U3thGScWU3vhy2ovLEbYphC2KYRtCmGbQtimELYphG0KYZtC2KYQtimEbQrhBm3B4JZst7klg7bgV4TbtAWDW7L9ilsyaAtuEH5LWzC4JduP3JJBW3Cb8B5tweCWbINbMmgLfku4g7ZgcEs2cEsGbcF7hPtoCwa35O/mlgzagjucuJu2uF7OvHHL2gvv+d9//suh/PPf/+I9bsmgLbiP8BHagsEt+fu4JYO24G7CB2kLBrfkb+KWDNqCjxA+TlswuCV/B7dk0BZ8kPAp2oLBLfnTuSWDtuDjhM/SFgxuyZ/LLRm0BZ8ifIG2YHBL/kRuyaAt+Kx/fPv2ja+5Xs4MtRf+IG7JoC34AuHLtAWDW/KncEsGbcHXCI+gLRjckuNzSwZtwZcJD6ItGNySI3NLBm3BIwiPoy0Y3JJjcksGbcGDCA+lLRjckqNxSwZtweMIj6YtGNyS43BLBm3BQwlPoC0Y3JIjcEsGbcGjnXgObQFcL2fALYHaC0tySwZtwXMI2xTCM2kLBrdkPW7JoC14mhNPpi2A6+UMuCVQe2EBbsmgLXgyYZvixBTaArhezoBbArUXXsQtGbQFUwjbFMJE2oLBLXkFt2TQFswizKUtGNySudySQVswkTCdtmBwS2ZxSwZtwVzCK2gLBrfk+dySQVswnfAi2oLBLXkmt2TQFryC8DragsEteQ63ZNAWvMiJl9IWwPVyBtwSqL3wIG7JoC14KWGb4sQCtAVwvZwBtwRqL3yBWzJoCxYgbFMIy9AWDG7JZ7klg7ZgDSdWoi2A6+UMuCVQe+FubsmgLViJsE0hrEdbMLgl93FLBm3BYoQlaQsGt+Q9bsmgLViPsCptweCW3OaWDNqCJZ1YmLYArpcz4JZA7YXvuCWDtmBhwjaFsDxtweCWDG7JoC1Y24kj0BbA9XIG3JLvaAuOQNimOHEc2gK4Xs680RYch7BNIRyNtgC0BYciHJC24GiEbQphm0LYphC2KYRtCmGb4v/xcsrDqpF6vQAAAABJRU5ErkJggg==';

const signerOf = (name: string, nip: string, rank: Signer['rank'], position: string): Signer => ({
  name,
  nip,
  rank,
  position,
});

export const signers = {
  'dinsos-tanggamus': signerOf(
    'Drs. Sutrisno Hadi Wijaya, M.Si.',
    '196805121994031007',
    'IV/c',
    'Kepala Dinas Sosial',
  ),
  'dinsos-mentawai': signerOf(
    'Yohanes Sababalat, S.Sos.',
    '197203151998031004',
    'IV/b',
    'Kepala Dinas Sosial',
  ),
  'dinkes-padang-panjang': signerOf(
    'dr. Nofrianti Chaniago, M.Kes.',
    '197511202003122005',
    'IV/b',
    'Kepala Dinas Kesehatan',
  ),
  'dinsos-bulukumba': signerOf(
    'Andi Muhammad Rusli, S.Sos., M.Si.',
    '197001011995031001',
    'IV/c',
    'Kepala Dinas Sosial',
  ),
  'dinsos-solok': signerOf(
    'Afrizal Koto, S.H., M.M.',
    '197408082000031002',
    'IV/a',
    'Kepala Dinas Sosial',
  ),
} as const;
export type SeedOfficeId = keyof typeof signers;

/** Kabid Linjamsos, who signs on behalf of the Kepala Dinas Sosial Bulukumba. */
export const bulukumbaKabid = signerOf(
  'Hj. Sitti Hajrah Daeng Caya, S.E.',
  '197806142005022003',
  'III/d',
  'Kepala Bidang Perlindungan dan Jaminan Sosial',
);

/** What the seed packs leave out and an office completes in its settings. */
const completions: Partial<Record<SeedOfficeId, Partial<OfficeProfile>>> = {
  'dinsos-solok': {
    address: {
      street: 'Jl. Lubuk Sikarah No. 42',
      locality: 'Kelurahan Tanah Garam',
      postalCode: '27315',
    },
    contacts: [
      { kind: 'phone', value: '(0755) 325925' },
      { kind: 'email', value: 'dinsos@solokkota.go.id' },
    ],
  },
  'dinsos-tanggamus': {
    contacts: [
      { kind: 'phone', value: '082368462669' },
      { kind: 'email', value: 'dinsos@tanggamus.go.id' },
      { kind: 'website', value: 'http://www.Dinsostanggamus.com' },
    ],
  },
};

export function profileOf(officeId: SeedOfficeId, paperSize: PaperSize = 'F4'): OfficeProfile {
  const office = officeById(catalog, officeId);
  const standards = catalog.packs.find((pack) => pack.office.id === officeId)?.standards ?? [];
  const profile = profileFromCatalog(office, standards);
  return officeProfileSchema.parse({
    ...profile,
    ...completions[officeId],
    emblem,
    signers: [signers[officeId]],
    paperSize,
  });
}

/** Names of the regions the fixtures' addresses are in (real Kemendagri codes). */
const regionNames: Record<string, string> = {
  '18': 'Lampung',
  '18.06': 'Kabupaten Tanggamus',
  '18.06.01': 'Kota Agung',
  '18.06.01.1002': 'Pasar Madang',
  '13': 'Sumatera Barat',
  '13.09': 'Kabupaten Kepulauan Mentawai',
  '13.09.01': 'Pagai Utara',
  '13.09.01.2008': 'Silabu',
  '13.74': 'Kota Padang Panjang',
  '13.74.01': 'Padang Panjang Timur',
  '13.74.01.1003': 'Ekor Lubuk',
  '73': 'Sulawesi Selatan',
  '73.02': 'Kabupaten Bulukumba',
  '73.02.01': 'Gantarang',
  '73.02.01.1001': 'Matekko',
  '13.72': 'Kota Solok',
  '13.72.01': 'Lubuk Sikarah',
  '13.72.01.1001': 'Tanah Garam',
};

/** The longest names of the region table at each level (idn-area-data 4.0.1). */
const longest = [
  'Daerah Khusus Ibukota Jakarta',
  'Kabupaten Kepulauan Siau Tagulandang Biaro',
  'Buay Pematang Ribu Ranau Tengah',
  'Kampuang Tanjuang Koto Mambang Sungai Durian',
];

export const regions = {
  lookup: (code: string) => {
    const name = regionNames[code];
    return name === undefined
      ? undefined
      : { code, name, level: 'village' as const, parentCode: '' };
  },
};

/** Every code answers with the longest name of its level. */
export const longestRegions = {
  lookup: (code: string) => {
    const name = longest[code.split('.').length - 1];
    return name === undefined
      ? undefined
      : { code, name, level: 'village' as const, parentCode: '' };
  },
};
