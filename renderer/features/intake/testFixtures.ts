// Drafts and settings for the intake's unit tests, built on the seed catalog.
import { servicesInForce } from '../../../shared/standards/catalog';
import { seedCatalog } from '../../../shared/standards/seeds';
import { buildNik } from '../../../shared/validate';
import { newDraft, type IntakeDraft, type PersonDraft } from './draft';
import type { IntakeSetting } from './reviewDraft';

export const catalog = seedCatalog();

export function settingFor(officeId: string, today: string): IntakeSetting {
  return { today, services: servicesInForce(catalog, officeId, today) };
}

export function person(overrides: Partial<PersonDraft> = {}): PersonDraft {
  return {
    nik: buildNik({
      districtCode: '730201',
      birthDate: '1980-05-17',
      sex: 'female',
      serial: '0001',
    }),
    noNik: false,
    kk: '',
    name: 'Siti Aminah',
    birthPlace: 'Bulukumba',
    birthDate: '17-05-1980',
    sex: 'female',
    phone: '0812-3456-7890',
    address: {
      provinceCode: '73',
      regencyCode: '7302',
      districtCode: '730201',
      villageCode: '7302012001',
      street: 'Jl. Serikaya No. 3',
      rt: '002',
      rw: '001',
    },
    ...overrides,
  };
}

/** Bulukumba, Permensos 3/2026 version: reactivation with DTSEN, decile and the faskes letter. */
export function bulukumbaDraft(): IntakeDraft {
  const draft = newDraft({ regencyCode: '73.02', today: '2026-04-02', officer: 'Andi' });
  return {
    ...draft,
    serviceCode: 'REAKTIVASI-PBI',
    trackId: 'utama',
    priority: 'emergency',
    applicant: person(),
    papers: Object.fromEntries(
      ['keteranganFaskes', 'fotokopiKartuBpjs', 'fotokopiKk', 'fotokopiIdentitas'].map((id) => [
        id,
        { status: 'present' as const, scans: [] },
      ]),
    ),
    registry: { ...draft.registry, registry: 'DTSEN', listed: 'yes', decile: '3' },
    bpjs: {
      cardNumber: '0001234567890',
      segment: 'PBI-APBN',
      status: 'nonActive',
      since: '01-02-2026',
      familyScheme: '',
    },
    reason: {
      kind: 'emergency',
      text: 'Dirawat di RSUD H. A. Sulthan Daeng Radja',
      faskesName: 'RSUD H. A. Sulthan Daeng Radja',
      faskesLetterNumber: '445/112/RSUD/IV/2026',
      faskesLetterDate: '01-04-2026',
      sktmNumber: '',
    },
  };
}
