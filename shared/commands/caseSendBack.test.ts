import { describe, expect, it } from 'vitest';
import { bo } from './harness.test-helpers';
import {
  bulukumbaAtDraft,
  bulukumbaAtSignature,
  kabid,
  kadis,
  sekretaris,
} from './scenarios.test-helpers';

describe('case.sendBack', () => {
  it('sends the draft back from the signature and voids every paraf', () => {
    const { h, caseId } = bulukumbaAtSignature();
    h.must('case.sendBack', { caseId, reason: ' Nomor KK salah ketik ' }, kadis);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'buatSurat',
      turnRole: 'bo',
      workflow: { parafs: [] },
    });
    expect(h.caseOf(caseId).workflow.history.at(-1)).toMatchObject({
      event: { type: 'sendBack', reason: 'Nomor KK salah ketik' },
      position: 'Kepala Dinas Sosial',
    });
  });

  it('refuses a blank reason, the wrong slot and a draft station', () => {
    const { h, caseId } = bulukumbaAtSignature();
    expect(h.run('case.sendBack', { caseId, reason: '  ' }, kadis)).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.too_small', field: 'reason' }],
    });
    expect(h.run('case.sendBack', { caseId, reason: 'Salah' }, sekretaris)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    const draft = bulukumbaAtDraft();
    draft.h.must('case.submitForParaf', { caseId: draft.caseId, stationId: 'buatSurat' }, bo);
    expect(
      draft.h.run('case.sendBack', { caseId: draft.caseId, reason: 'Salah' }, kabid),
    ).toMatchObject({ ok: false, errors: [{ code: 'position-required' }] });
    const fresh = bulukumbaAtDraft();
    expect(
      fresh.h.run('case.sendBack', { caseId: fresh.caseId, reason: 'Salah' }, bo),
    ).toMatchObject({ ok: false, errors: [{ code: 'send-back-not-allowed' }] });
  });
});
