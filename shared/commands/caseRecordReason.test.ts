import { describe, expect, it } from 'vitest';
import { fo, staff } from './harness.test-helpers';
import { bulukumbaCase, tanggamusCase } from './scenarios.test-helpers';

const faskes = {
  name: 'Puskesmas Caile',
  letterNumber: '440/77/PKM/VII/2026',
  letterDate: '2026-07-19',
};

describe('case.recordReason', () => {
  it('records the reason with the faskes letter the 2026 standard asks for', () => {
    const { h, caseId } = bulukumbaCase();
    h.must(
      'case.recordReason',
      { caseId, reason: { kind: 'chronic', text: ' Gagal ginjal ', faskes } },
      fo,
    );
    expect(h.caseOf(caseId).reason).toEqual({ kind: 'chronic', text: 'Gagal ginjal', faskes });
  });

  it('requires the faskes name and letter number only where the standard asks for the statement', () => {
    const { h, caseId } = bulukumbaCase();
    expect(
      h.run('case.recordReason', { caseId, reason: { kind: 'illness', text: '' } }, fo),
    ).toMatchObject({
      ok: false,
      errors: [{ code: 'faskes-required', field: 'reason.faskes' }],
    });
    expect(
      h.run(
        'case.recordReason',
        { caseId, reason: { kind: 'illness', faskes: { ...faskes, letterDate: '2026-07-21' } } },
        fo,
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'date-future',
          field: 'reason.faskes.letterDate',
          message: 'Tanggal surat faskes tidak boleh setelah hari ini.',
        },
      ],
    });
    const other = tanggamusCase();
    other.h.must(
      'case.recordReason',
      { caseId: other.caseId, reason: { kind: 'illness', text: '' } },
      fo,
    );
    expect(other.h.caseOf(other.caseId).reason).toEqual({ kind: 'illness' });
  });

  it('refuses a reviewer and a closed case', () => {
    const { h, caseId } = tanggamusCase();
    expect(
      h.run(
        'case.recordReason',
        { caseId, reason: { kind: 'illness' } },
        staff('rina', ['reviewer']),
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'role-required',
          message:
            'Alasan permohonan hanya dapat dicatat oleh petugas front office atau petugas back office.',
        },
      ],
    });
    h.must('case.cancel', { caseId }, fo);
    expect(h.run('case.recordReason', { caseId, reason: { kind: 'illness' } }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'case-closed' }],
    });
  });
});
