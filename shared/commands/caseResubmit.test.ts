import { describe, expect, it } from 'vitest';
import { admin, fo } from './harness.test-helpers';
import { tanggamusAtCheck } from './scenarios.test-helpers';

describe('case.resubmit', () => {
  it('reopens the case at the check that returned the papers, which must be checked again', () => {
    const { h, caseId } = tanggamusAtCheck();
    expect(h.run('case.resubmit', { caseId }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'case-not-returned',
          message: 'Kasus ini tidak sedang menunggu kelengkapan berkas dari pemohon.',
        },
      ],
    });
    h.must('case.returnDocuments', { caseId, missing: ['keteranganSakit'] }, fo);
    expect(h.run('case.resubmit', { caseId }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    h.must('case.resubmit', { caseId }, fo);
    const record = h.caseOf(caseId);
    expect(record).toMatchObject({ status: 'open', stationId: 'verifikasiBerkas', turnRole: 'fo' });
    expect(record.workflow.facts['papers.complete']).toBeUndefined();
    expect(record.dueAt).toBeDefined();
  });
});
