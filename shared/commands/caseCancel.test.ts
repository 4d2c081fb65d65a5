import { describe, expect, it } from 'vitest';
import { fo, staff } from './harness.test-helpers';
import { tanggamusAtCheck } from './scenarios.test-helpers';

describe('case.cancel', () => {
  it('closes the case at the citizen’s request, also while the papers are with them', () => {
    const { h, caseId } = tanggamusAtCheck();
    h.must('case.returnDocuments', { caseId, missing: ['keteranganSakit'] }, fo);
    h.must('case.cancel', { caseId, reason: 'Sudah didaftarkan perusahaan' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'cancelled',
      workflow: { cancelReason: 'Sudah didaftarkan perusahaan' },
    });
    expect(h.run('case.cancel', { caseId }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'case-closed',
          message:
            'Kasus sudah selesai (Dibatalkan pemohon); tidak ada langkah lagi yang dapat dicatat.',
        },
      ],
    });
  });

  it('is counter work', () => {
    const { h, caseId } = tanggamusAtCheck();
    expect(h.run('case.cancel', { caseId }, staff('kadis', ['signer']))).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
  });
});
