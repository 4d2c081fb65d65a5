import { describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../../../../shared/office/profile';
import { seedCatalog } from '../../../../shared/standards/seeds';
import { applyLetterhead, checkLetterhead, letterheadValues, parseDays } from './letterheadForm';

const pack = seedCatalog().packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');
const profile = profileFromCatalog(pack.office, pack.standards);

describe('letterhead form', () => {
  it('fills the fields from the profile and gives the same profile back', () => {
    const values = letterheadValues(profile);
    expect(values).toMatchObject({
      government: 'Pemerintah Kabupaten Bulukumba',
      street: 'Jl. Serikaya No. 11',
      postalCode: '92511',
      phone: '082190653434',
      cutoffDays: '20',
      unit: '',
      emblem: '',
    });
    expect(checkLetterhead(profile, values)).toEqual({ ok: true, profile });
  });

  it('applies what was typed, keeping the other contacts', () => {
    const applied = applyLetterhead(profile, {
      ...letterheadValues(profile),
      unit: 'Bidang Perlindungan dan Jaminan Sosial',
      phone: '(0413) 81234',
      website: '',
      cutoffDays: '19, 24',
    });
    expect(applied.unit).toBe('Bidang Perlindungan dan Jaminan Sosial');
    expect(applied.cutoffDays).toEqual([19, 24]);
    expect(applied.contacts?.map((contact) => contact.kind)).toEqual([
      'phone',
      'whatsapp',
      'email',
      'facebook',
      'instagram',
    ]);
  });

  it('puts each Indonesian message next to its field', () => {
    const checked = checkLetterhead(profile, {
      ...letterheadValues(profile),
      name: '',
      postalCode: '9251',
      email: 'dinsos@',
      cutoffDays: '20, tiga puluh',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        name: 'Nama kantor wajib diisi.',
        postalCode: 'Kode pos harus 5 angka.',
        email: 'Alamat email tidak sah (contoh: dinsos@bulukumbakab.go.id).',
        cutoffDays: 'Tanggal batas kirim harus angka 1 sampai 28.',
      },
    });
  });

  it('reads cut-off days however they are separated', () => {
    expect(parseDays(' 19,24 ')).toEqual([19, 24]);
    expect(parseDays('19; 24')).toEqual([19, 24]);
    expect(parseDays('')).toEqual([]);
    expect(parseDays('2x')).toEqual([Number.NaN]);
  });
});
