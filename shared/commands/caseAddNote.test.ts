import { describe, expect, it } from 'vitest';
import { admin, fo } from './harness.test-helpers';
import { kadis, tanggamusCase } from './scenarios.test-helpers';

describe('case.addNote', () => {
  it('appends notes with author and time, also on a closed case', () => {
    const { h, caseId } = tanggamusCase();
    const at = h.peek().toISOString();
    h.must('case.addNote', { caseId, text: '  Pemohon dirawat di RSUD Batin Mangunang ' }, fo);
    h.must('case.cancel', { caseId }, fo);
    h.must('case.addNote', { caseId, text: 'Dibatalkan lewat telepon' }, kadis);
    expect(h.caseOf(caseId).notes).toEqual([
      { at, userId: 'fo-ani', text: 'Pemohon dirawat di RSUD Batin Mangunang' },
      expect.objectContaining({ userId: 'andi', text: 'Dibatalkan lewat telepon' }),
    ]);
  });

  it('refuses the admin and an empty note', () => {
    const { h, caseId } = tanggamusCase();
    expect(h.run('case.addNote', { caseId, text: 'x' }, admin)).toEqual({
      ok: false,
      errors: [
        {
          code: 'role-required',
          message:
            'Catatan kasus hanya dapat dicatat oleh petugas front office, petugas back office, pejabat pemberi paraf atau pejabat penanda tangan.',
        },
      ],
    });
    expect(h.run('case.addNote', { caseId, text: ' ' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.too_small', field: 'text' }],
    });
  });
});
