import { describe, expect, it } from 'vitest';
import { officeById } from '../../../shared/standards/catalog';
import { createRegionTable } from '../../../shared/validate';
import { testRegionAsset } from '../../../shared/validate/regionFixture';
import type { IntakeDraft } from './draft';
import { returnSlipData } from './returnSlip';
import { reviewDraft } from './reviewDraft';
import { bulukumbaDraft, catalog, person, settingFor } from './testFixtures';

describe('returnSlipData', () => {
  it('lists the missing papers with their issuer and copies, under the office letterhead', () => {
    const draft: IntakeDraft = {
      ...bulukumbaDraft(),
      serviceCode: 'REK-JKSS',
      relationship: 'parent',
      subjectSameAddress: true,
      subject: person({ nik: '', name: 'Rahmat', birthDate: '02-02-2015', sex: 'male' }),
      papers: {
        pengantarRt: { status: 'missing', scans: [] },
        fotokopiKtpKeluarga: { status: 'present', scans: [] },
        fotokopiKk: { status: 'missing', scans: [] },
        formulirJkss: { status: 'present', scans: [] },
      },
    };
    const review = reviewDraft(draft, settingFor('dinkes-padang-panjang', '2026-04-02'));
    const slip = returnSlipData(draft, review, {
      caseId: 'case-1',
      now: new Date('2026-04-02T17:30:00Z'),
      office: officeById(catalog, 'dinkes-padang-panjang'),
      officer: 'Rina',
      regions: createRegionTable(testRegionAsset),
    });
    expect(slip).toMatchObject({
      caseId: 'case-1',
      date: '2026-04-03',
      city: 'Padang Panjang',
      letterhead: { government: 'Pemerintah Kota Padang Panjang' },
      subject: { name: 'Rahmat' },
      applicant: { name: 'Siti Aminah', relationship: 'orang tua' },
      officer: 'Rina',
      missing: [
        {
          label: 'Surat pengantar dari RT untuk Kelurahan beserta lampirannya',
          issuer: 'Ketua RT',
        },
        {
          label:
            'Fotokopi Kartu Keluarga 2 (dua) lembar, ditulis nomor telepon/HP yang bisa dihubungi',
          copies: '2 lembar',
          notes: ['Ditulis nomor telepon/HP yang bisa dihubungi'],
        },
      ],
    });
    expect(slip.subject.nik).toBeUndefined();
    expect(slip.subject.address).toBe('Jl. Serikaya No. 3, RT 002/RW 001, 73.02.01.2001');
  });
});
