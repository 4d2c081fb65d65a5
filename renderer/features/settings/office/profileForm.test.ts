import { describe, expect, it } from 'vitest';
import { profileFromCatalog } from '../../../../shared/office/profile';
import { seedCatalog } from '../../../../shared/standards/seeds';
import { numberingExample } from './numberingExample';
import { checkProfileForm, profileFormValues } from './profileForm';

const pack = seedCatalog().packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');
const profile = profileFromCatalog(pack.office, pack.standards);
const values = profileFormValues(profile);

describe('profile form', () => {
  it('gives the same profile back when nothing changed', () => {
    expect(checkProfileForm(profile, values)).toEqual({ ok: true, profile });
  });

  it('reads signers, paraf lines, paper, margins, idle minutes and numbering', () => {
    const checked = checkProfileForm(profile, {
      ...values,
      signers: [
        {
          name: 'Drs. Andi Amiruddin',
          nip: '19700101 199503 1 001',
          rank: 'IV/c',
          position: 'Kepala Dinas Sosial',
        },
      ],
      parafPositions: ' Penyuluh Sosial \n\nKepala Bidang\n',
      paperSize: 'A4',
      margins: { top: '25', right: '20', bottom: '20', left: '30' },
      idleLockMinutes: '5',
      numbering: { ...values.numbering, template: '{code}/{seq}/{unit}/{romanMonth}/{year}' },
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.profile).toMatchObject({
      signers: [{ nip: '197001011995031001', rank: 'IV/c' }],
      parafPositions: ['Penyuluh Sosial', 'Kepala Bidang'],
      paperSize: 'A4',
      marginsMm: { top: 25 },
      idleLockMinutes: 5,
      numbering: { template: '{code}/{seq}/{unit}/{romanMonth}/{year}' },
    });
  });

  it('keys every Indonesian error to its field', () => {
    const checked = checkProfileForm(profile, {
      ...values,
      letterhead: { ...values.letterhead, government: '' },
      signers: [{ name: '', nip: '1', rank: '', position: 'Kepala Dinas Sosial' }],
      margins: { ...values.margins, left: 'tiga' },
      idleLockMinutes: '0',
      numbering: { ...values.numbering, template: '{seq}/{tahun}', unit: '' },
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject({
      'letterhead.government': 'Nama pemerintah daerah wajib diisi.',
      'signers.0.name': 'Nama penandatangan wajib diisi.',
      'signers.0.nip': 'NIP harus 18 angka.',
      'signers.0.rank': 'Pilih pangkat/golongan.',
      'margins.left': 'Margin harus antara 5 dan 60 mm.',
      idleLockMinutes: 'Kunci otomatis harus antara 1 dan 120 menit.',
    });
    expect(checked.errors['numbering.template']).toMatch(/tahun/);
    expect(checked.errors['numbering.unit']).toBeDefined();
  });
});

describe('numberingExample', () => {
  it('shows the number a letter would get, or why there is none', () => {
    const example = { seq: 123, date: '2026-04-02', serviceCode: 'PBI' };
    expect(numberingExample(values.numbering, example)).toEqual({
      ok: true,
      value: '400.9.11/0123/Dinsos/2026',
    });
    const withService = {
      ...values.numbering,
      template: '{code}/{seq}/{serviceCode}/{romanMonth}/{year}',
    };
    expect(numberingExample(withService, example)).toEqual({
      ok: true,
      value: '400.9.11/0123/PBI/IV/2026',
    });
    expect(
      numberingExample(withService, { ...example, serviceCode: 'REAKTIVASI-PBI' }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('REAKTIVASI-PBI'),
    });
    expect(numberingExample({ ...values.numbering, seqPadding: 'x' }, example)).toMatchObject({
      ok: false,
    });
    expect(numberingExample({ ...values.numbering, template: '{seq' }, example)).toMatchObject({
      ok: false,
    });
  });
});
