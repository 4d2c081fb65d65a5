import { describe, expect, it } from 'vitest';
import { bo } from './harness.test-helpers';
import { bulukumbaAtDraft, kabid, penyuluh, sekretaris } from './scenarios.test-helpers';

function atFirstParaf() {
  const opened = bulukumbaAtDraft();
  opened.h.must('case.submitForParaf', { caseId: opened.caseId, stationId: 'buatSurat' }, bo);
  return opened;
}

describe('case.paraf', () => {
  it('gives the initials of each slot in the published order, on one shared clock', () => {
    const { h, caseId } = atFirstParaf();
    const due = h.caseOf(caseId).dueAt;
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, penyuluh);
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.2' }, kabid);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'parafBerjenjang.3', dueAt: due });
    expect(h.caseOf(caseId).workflow.parafs.map((paraf) => paraf.userId)).toEqual([
      'rina',
      'hasan',
    ]);
  });

  it('refuses initials out of order', () => {
    const { h, caseId } = atFirstParaf();
    expect(h.run('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, kabid)).toEqual({
      ok: false,
      errors: [
        {
          code: 'position-required',
          message:
            'Paraf pada tahap ini harus diberikan oleh Penyuluh Sosial. Urutan paraf: Penyuluh Sosial → Kepala Bidang → Sekretaris Dinas Sosial.',
        },
      ],
    });
  });

  it('refuses a slot already passed and a station that is not a paraf', () => {
    const { h, caseId } = atFirstParaf();
    h.must('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, penyuluh);
    expect(h.run('case.paraf', { caseId, stationId: 'parafBerjenjang.1' }, penyuluh)).toMatchObject(
      {
        ok: false,
        errors: [{ code: 'stale' }],
      },
    );
    const draft = bulukumbaAtDraft();
    expect(
      draft.h.run('case.paraf', { caseId: draft.caseId, stationId: 'buatSurat' }, sekretaris),
    ).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'wrong-station',
          message: expect.stringContaining('Gunakan "Ajukan untuk paraf/tanda tangan".'),
        },
      ],
    });
  });
});
