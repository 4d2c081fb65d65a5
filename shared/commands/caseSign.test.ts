import { describe, expect, it } from 'vitest';
import { staff } from './harness.test-helpers';
import {
  bulukumbaAtDraft,
  bulukumbaAtSignature,
  kadis,
  sekretaris,
} from './scenarios.test-helpers';

describe('case.sign', () => {
  it('records the signature under the signer’s position', () => {
    const { h, caseId } = bulukumbaAtSignature();
    h.must('case.sign', { caseId, stationId: 'tandaTangan' }, kadis);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'serahkanSurat',
      turnRole: 'fo',
      workflow: {
        signed: { stationId: 'tandaTangan', userId: 'andi', position: 'Kepala Dinas Sosial' },
      },
    });
  });

  it('refuses a reviewer, a signer of another position, and a station that is not a signature', () => {
    const { h, caseId } = bulukumbaAtSignature();
    expect(h.run('case.sign', { caseId, stationId: 'tandaTangan' }, sekretaris)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    expect(
      h.run(
        'case.sign',
        { caseId, stationId: 'tandaTangan' },
        staff('x', ['signer'], ['Sekretaris Dinas Sosial']),
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'signer-position',
          message:
            'Surat ini hanya dapat ditandatangani oleh Kepala Dinas Sosial atau Kepala Bidang Perlindungan dan Jaminan Sosial.',
        },
      ],
    });
    const draft = bulukumbaAtDraft();
    expect(
      draft.h.run('case.sign', { caseId: draft.caseId, stationId: 'buatSurat' }, kadis),
    ).toMatchObject({
      ok: false,
      errors: [{ code: 'wrong-station', field: 'stationId' }],
    });
  });
});
