import { describe, expect, it } from 'vitest';
import { bo, fo } from './harness.test-helpers';
import { bulukumbaCase, tanggamusAtCheck } from './scenarios.test-helpers';

describe('case.returnDocuments', () => {
  it('gives the papers back and marks the named ones returned', () => {
    const { h, caseId } = tanggamusAtCheck();
    const result = h.must(
      'case.returnDocuments',
      { caseId, missing: ['keteranganSakit'], note: '  Minta ke puskesmas  ' },
      fo,
    );
    expect(result.changes.documents).toEqual([
      expect.objectContaining({ requirementId: 'keteranganSakit', status: 'returned' }),
    ]);
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'returned',
      turnRole: null,
      workflow: { returned: { stationId: 'verifikasiBerkas', missing: ['keteranganSakit'] } },
    });
    expect(h.caseOf(caseId).workflow.history.at(-1)?.event).toEqual({
      type: 'returnPapers',
      missing: ['keteranganSakit'],
      note: 'Minta ke puskesmas',
    });
  });

  it('refuses an unknown requirement, the wrong role and a station without a paper check', () => {
    const { h, caseId } = tanggamusAtCheck();
    expect(h.run('case.returnDocuments', { caseId, missing: ['akta'] }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-requirement',
          field: 'missing',
          message: 'Persyaratan "akta" tidak ada pada standar layanan kasus ini.',
        },
      ],
    });
    expect(h.run('case.returnDocuments', { caseId, missing: ['fotokopiKk'] }, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    expect(h.run('case.returnDocuments', { caseId, missing: [] }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'payload.too_small', field: 'missing' }],
    });
    const other = bulukumbaCase();
    expect(
      other.h.run('case.returnDocuments', { caseId: other.caseId, missing: ['fotokopiKk'] }, fo),
    ).toMatchObject({ ok: false, errors: [{ code: 'return-not-allowed' }] });
  });
});
