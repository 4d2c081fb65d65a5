import { describe, expect, it } from 'vitest';
import { fo } from './harness.test-helpers';
import { dtsenListed, solokCase, tanggamusAtCheck } from './scenarios.test-helpers';

function atDataCheck() {
  const opened = solokCase('reaktivasi');
  opened.h.must(
    'case.checkDocuments',
    { caseId: opened.caseId, documents: [{ requirementId: 'fotokopiKk', status: 'present' }] },
    fo,
  );
  return opened;
}

describe('case.refer', () => {
  it('refers where the published branch holds, to the branch’s agency unless one is named', () => {
    const { h, caseId } = atDataCheck();
    expect(h.run('case.refer', { caseId }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'fact-missing' }],
    });
    h.must(
      'case.recordRegistryCheck',
      { caseId, check: { ...dtsenListed, dataMatches: false } },
      fo,
    );
    h.must('case.refer', { caseId, reason: 'NIK di DTSEN berbeda dengan KTP' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'referred',
      turnRole: null,
      workflow: {
        referral: {
          referTo: 'BPJS Kesehatan / Dinas Kesehatan',
          reason: 'NIK di DTSEN berbeda dengan KTP',
        },
      },
    });
  });

  it('refuses where the standard publishes no referral', () => {
    const { h, caseId } = tanggamusAtCheck();
    expect(h.run('case.refer', { caseId, referTo: 'Dinas Kesehatan' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'refer-not-allowed' }],
    });
  });
});
