import { describe, expect, it } from 'vitest';
import { bo, fo } from './harness.test-helpers';
import {
  bulukumbaAtDraft,
  bulukumbaCase,
  tanggamusCase,
  tanggamusPapers,
} from './scenarios.test-helpers';

describe('case.submitForParaf', () => {
  it('sends the draft to the first paraf slot', () => {
    const { h, caseId } = bulukumbaAtDraft();
    h.must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, bo);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'parafBerjenjang.1',
      turnRole: 'reviewer',
    });
  });

  it('sends it straight to the signature where the standard has no paraf chain', () => {
    const { h, caseId } = tanggamusCase();
    h.must('case.checkDocuments', { caseId, documents: tanggamusPapers() }, fo);
    h.must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, bo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'tandaTangan', turnRole: 'signer' });
  });

  it('refuses the front office and any station but a draft', () => {
    const { h, caseId } = bulukumbaAtDraft();
    expect(h.run('case.submitForParaf', { caseId, stationId: 'buatSurat' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    const other = bulukumbaCase();
    expect(
      other.h.run('case.submitForParaf', { caseId: other.caseId, stationId: 'cekDtsen' }, bo),
    ).toMatchObject({ ok: false, errors: [{ code: 'wrong-station', field: 'stationId' }] });
  });
});
