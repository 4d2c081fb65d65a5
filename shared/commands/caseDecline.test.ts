import { describe, expect, it } from 'vitest';
import { admin, fo } from './harness.test-helpers';
import { bulukumbaAtSignature, bulukumbaCase, kadis } from './scenarios.test-helpers';

describe('case.decline', () => {
  it('closes the case with the reason', () => {
    const { h, caseId } = bulukumbaCase();
    h.must('case.decline', { caseId, reason: 'Desil 8, di atas batas desil 5' }, fo);
    const record = h.caseOf(caseId);
    expect(record).toMatchObject({
      status: 'declined',
      turnRole: null,
      workflow: { declineReason: 'Desil 8, di atas batas desil 5' },
    });
    expect(record.dueAt).toBeUndefined();
  });

  it('refuses the admin, a missing reason, and a signed letter', () => {
    const { h, caseId } = bulukumbaAtSignature();
    expect(h.run('case.decline', { caseId, reason: 'x' }, admin)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    expect(h.run('case.decline', { caseId }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.invalid_type', field: 'reason' }],
    });
    h.must('case.sign', { caseId, stationId: 'tandaTangan' }, kadis);
    expect(h.run('case.decline', { caseId, reason: 'Tidak layak' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'already-signed' }],
    });
  });
});
