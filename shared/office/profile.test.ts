import { describe, expect, it } from 'vitest';
import { formatLetterNumber } from '../numbering/formatLetterNumber';
import { seedCatalog } from '../standards/seeds';
import type { Office } from '../standards/schema';
import { officeSchema } from '../standards/schema';
import { parseProfile } from './parseProfile';
import {
  officeProfileSchema,
  profileFromCatalog,
  signerPositionsOf,
  type OfficeProfile,
} from './profile';

const catalog = seedCatalog();
const packOf = (id: string) => {
  const pack = catalog.packs.find((candidate) => candidate.office.id === id);
  if (!pack) throw new Error(id);
  return pack;
};
const bulukumba = packOf('dinsos-bulukumba');

function issuesOf(profile: unknown): Record<string, string> {
  const result = parseProfile(profile);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
}

describe('profileFromCatalog', () => {
  it('starts from the published office: letterhead data, cut-off days, services, paraf chain', () => {
    const profile = profileFromCatalog(bulukumba.office, bulukumba.standards);
    expect(profile).toMatchObject({
      id: 'dinsos-bulukumba',
      government: 'Pemerintah Kabupaten Bulukumba',
      name: 'Dinas Sosial',
      address: { street: 'Jl. Serikaya No. 11', postalCode: '92511' },
      cutoffDays: [20],
      serviceCodes: ['REAKTIVASI-PBI'],
      parafPositions: ['Penyuluh Sosial', 'Kepala Bidang', 'Sekretaris Dinas Sosial'],
      signers: [],
      paperSize: 'F4',
      marginsMm: { top: 20, right: 20, bottom: 20, left: 30 },
      idleLockMinutes: 10,
      numbering: {
        template: '{code}/{seq}/{unit}/{year}',
        classificationCode: '400.9.11',
        unit: 'Dinsos',
        seqPadding: 4,
        yearlyReset: true,
      },
    });
    expect(signerPositionsOf(bulukumba.standards)).toEqual([
      'Kepala Dinas Sosial',
      'Kepala Bidang Perlindungan dan Jaminan Sosial',
    ]);
    const number = formatLetterNumber(profile.numbering, { seq: 123, date: '2026-04-02' });
    expect(number).toEqual({ ok: true, value: '400.9.11/0123/Dinsos/2026' });
  });

  it('gives every seed office a valid profile that is still an Office', () => {
    for (const pack of catalog.packs) {
      const profile = profileFromCatalog(pack.office, pack.standards);
      expect(officeProfileSchema.parse(profile)).toEqual(profile);
      const office: Office = profile;
      expect(officeSchema.safeParse(stripExtras(office)).success).toBe(true);
    }
    const health = packOf('dinkes-padang-panjang');
    expect(profileFromCatalog(health.office, health.standards).numbering.unit).toBe('Dinkes');
  });

  it('works from the office alone, offering nothing yet', () => {
    expect(profileFromCatalog(bulukumba.office)).toMatchObject({
      serviceCodes: [],
      parafPositions: [],
    });
  });
});

describe('officeProfileSchema', () => {
  const base = profileFromCatalog(bulukumba.office, bulukumba.standards);
  const signer = {
    name: 'Drs. Andi Muh. Amiruddin, M.Si.',
    nip: '19700101 199503 1 001',
    rank: 'IV/c',
    position: 'Kepala Dinas Sosial',
  };

  it('keeps signers with their NIP (without spaces), rank and position', () => {
    const profile = officeProfileSchema.parse({ ...base, signers: [signer], paperSize: 'A4' });
    expect(profile.signers).toEqual([{ ...signer, nip: '197001011995031001' }]);
    expect(profile.paperSize).toBe('A4');
  });

  it('accepts a PNG emblem and refuses other files', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parseProfile({ ...base, emblem: png }).ok).toBe(true);
    expect(issuesOf({ ...base, emblem: 'data:text/html;base64,PGI+' })).toEqual({
      emblem: 'Lambang harus gambar PNG, JPEG atau SVG.',
    });
  });

  it('names each wrong field in Indonesian, in place', () => {
    const broken: OfficeProfile = {
      ...base,
      government: ' ',
      address: { street: 'Jl. Serikaya No. 11', postalCode: '925' },
      contacts: [
        { kind: 'phone', value: 'kantor' },
        { kind: 'email', value: 'dinsos@' },
        { kind: 'website', value: 'dinsos.go.id' },
      ],
      cutoffDays: [19, 19, 31],
      signers: [{ ...signer, nip: '123', rank: 'IV/c' }],
      marginsMm: { top: 2, right: 20, bottom: 20, left: 30 },
      idleLockMinutes: 0,
    };
    expect(issuesOf(broken)).toEqual({
      government: 'Nama pemerintah daerah wajib diisi.',
      'address.postalCode': 'Kode pos harus 5 angka.',
      cutoffDays: 'Tanggal batas kirim yang sama tercantum dua kali.',
      'cutoffDays.2': 'Tanggal batas kirim harus angka 1 sampai 28.',
      'signers.0.nip': 'NIP harus 18 angka.',
      'marginsMm.top': 'Margin harus antara 5 dan 60 mm.',
      idleLockMinutes: 'Kunci otomatis harus antara 1 dan 120 menit.',
      'contacts.0.value': 'Nomor telepon hanya boleh berisi angka, spasi, tanda kurung, + dan -.',
      'contacts.1.value': 'Alamat email tidak sah (contoh: dinsos@bulukumbakab.go.id).',
      'contacts.2.value': 'Alamat situs tidak sah (contoh: https://dinsos.bulukumbakab.go.id).',
    });
    expect(issuesOf({ ...base, cutoffDays: [19, 19] })).toEqual({
      cutoffDays: 'Tanggal batas kirim yang sama tercantum dua kali.',
    });
    expect(issuesOf({ ...base, cutoffDays: [] })).toEqual({
      cutoffDays: 'Isi paling sedikit satu tanggal batas kirim data (1–28).',
    });
  });

  it('refuses what it does not know, with the Indonesian locale', () => {
    const issues = issuesOf({ ...base, colour: 'blue' });
    expect(Object.keys(issues)).toEqual(['']);
    expect(issues['']).toMatch(/colour/);
  });
});

/** The profile's own fields removed: what is left must be a catalog Office. */
function stripExtras(profile: Office): unknown {
  return Object.fromEntries(Object.entries(profile).filter(([key]) => key in officeSchema.shape));
}
