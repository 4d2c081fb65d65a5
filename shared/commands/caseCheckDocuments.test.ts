import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { bo, fo, sha } from './harness.test-helpers';
import { bulukumbaCase, tanggamusCase, tanggamusPapers } from './scenarios.test-helpers';

describe('case.checkDocuments', () => {
  it('with complete papers passes the receiving station and the paper check', () => {
    const { h, caseId } = tanggamusCase();
    const documents = tanggamusPapers().map((entry) => ({ ...entry, blobIds: [sha('a')] }));
    const result = h.must('case.checkDocuments', { caseId, documents }, fo);
    expect(result.changes.documents).toHaveLength(3);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'buatSurat',
      turnRole: 'bo',
      workflow: { facts: { 'papers.complete': true } },
    });
    expect(h.documentsOf(caseId)[0]).toMatchObject({ status: 'present', blobIds: [sha('a')] });
  });

  it('with a paper missing passes the receiving station only, and says what is missing', () => {
    const { h, caseId } = tanggamusCase();
    const result = h.must(
      'case.checkDocuments',
      { caseId, documents: tanggamusPapers(['fotokopiKk', 'keteranganSakit']) },
      fo,
    );
    expect(result.warnings).toMatchObject([
      {
        code: 'papers-incomplete',
        message:
          'Berkas belum lengkap: Fotokopi KK; Keterangan Sakit. Kembalikan berkas kepada pemohon untuk dilengkapi.',
      },
    ]);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'verifikasiBerkas',
      workflow: { facts: { 'papers.complete': false } },
    });
  });

  it('merges a partial checklist with what was recorded before', () => {
    const { h, caseId } = tanggamusCase();
    h.must('case.checkDocuments', { caseId, documents: tanggamusPapers(['keteranganSakit']) }, fo);
    h.must(
      'case.checkDocuments',
      { caseId, documents: [{ requirementId: 'keteranganSakit', status: 'present' }] },
      fo,
    );
    expect(h.caseOf(caseId).stationId).toBe('buatSurat');
  });

  it('records the faskes statement as a fact where the standard asks for it', () => {
    const { h, caseId } = bulukumbaCase();
    h.must(
      'case.checkDocuments',
      { caseId, documents: [{ requirementId: 'keteranganFaskes', status: 'present' }] },
      fo,
    );
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'cekDtsen',
      workflow: { facts: { 'papers.complete': false, 'faskes.letterPresent': true } },
    });
  });

  it('refuses papers the standard does not ask for, named twice, or with a bad scan id', () => {
    const { h, caseId } = tanggamusCase();
    const result = h.run(
      'case.checkDocuments',
      {
        caseId,
        documents: [
          { requirementId: 'fotokopiKk', status: 'present' },
          { requirementId: 'terdaftarDtks', status: 'present' },
          { requirementId: 'fotokopiKk', status: 'missing' },
        ],
      },
      fo,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-requirement',
          field: 'documents.1.requirementId',
          message: '"terdaftarDtks" bukan berkas persyaratan pada standar layanan kasus ini.',
        },
        {
          code: 'duplicate-requirement',
          field: 'documents.2.requirementId',
          message: 'Persyaratan "fotokopiKk" disebut lebih dari satu kali.',
        },
      ],
    });
    expect(
      h.run(
        'case.checkDocuments',
        { caseId, documents: [{ requirementId: 'fotokopiKk', status: 'present', blobIds: ['x'] }] },
        fo,
      ),
    ).toMatchObject({ ok: false, errors: [{ field: 'documents.0.blobIds.0' }] });
  });

  it('refuses the back office at the front office’s receiving station, and a missing case', () => {
    const { h, caseId } = tanggamusCase();
    expect(h.run('case.checkDocuments', { caseId, documents: tanggamusPapers() }, bo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'role-required',
          message:
            'Langkah "Petugas Front Office menerima dan memeriksa kebenaran berkas yang disampaikan pemohon" hanya dapat dicatat oleh petugas front office.',
        },
      ],
    });
    expect(h.documentsOf(caseId).every((d) => d.status === 'missing')).toBe(true);
    expect(
      h.run('case.checkDocuments', { caseId: uuidv7(), documents: tanggamusPapers() }, fo),
    ).toMatchObject({ ok: false, errors: [{ code: 'case-not-found', field: 'caseId' }] });
  });
});
