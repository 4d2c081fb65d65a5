import { describe, expect, it } from 'vitest';
import { bo, fo, staff } from './harness.test-helpers';
import { tanggamusCase } from './scenarios.test-helpers';

describe('case.setPriority', () => {
  it('changes the worklist priority and the update time', () => {
    const { h, caseId } = tanggamusCase();
    const before = h.caseOf(caseId).updatedAt;
    h.must('case.setPriority', { caseId, priority: 'childbirth' }, bo);
    expect(h.caseOf(caseId).priority).toBe('childbirth');
    expect(h.caseOf(caseId).updatedAt > before).toBe(true);
  });

  it('refuses a reviewer, an unknown priority and a closed case', () => {
    const { h, caseId } = tanggamusCase();
    expect(
      h.run('case.setPriority', { caseId, priority: 'emergency' }, staff('r', ['reviewer'])),
    ).toMatchObject({ ok: false, errors: [{ code: 'role-required' }] });
    expect(h.run('case.setPriority', { caseId, priority: 'urgent' }, fo)).toMatchObject({
      ok: false,
      errors: [{ field: 'priority' }],
    });
    h.must('case.cancel', { caseId }, fo);
    expect(h.run('case.setPriority', { caseId, priority: 'emergency' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'case-closed' }],
    });
  });
});
