import { describe, expect, it } from 'vitest';
import { implicitOutcomeStationId } from '../../workflow/derive';
import { bo, createHarness, fo, registerPayload, staff } from '../harness.test-helpers';

// Seed 000: Dinsos Tanggamus, surat pengantar/rekomendasi PBPU Pemda, with the papers returned once.
const official = staff('pejabat', ['signer'], ['Pejabat Dinas Sosial yang bertugas']);
const wib = (local: string) => new Date(`${local}+07:00`);
const papers = (missing: readonly string[] = []) =>
  ['fotokopiKk', 'fotokopiKtp', 'keteranganSakit'].map((requirementId) => ({
    requirementId,
    status: missing.includes(requirementId) ? 'missing' : 'present',
  }));

describe('seed 000 (Tanggamus) with papers returned and resubmitted', () => {
  it('returns incomplete papers, takes them back, and walks on to the BPJS answer', () => {
    const h = createHarness('dinsos-tanggamus', '2026-07-20T08:00:00+07:00');
    const payload = registerPayload('dinsos-tanggamus', 'REK-PBPU-PEMDA', '180601');
    const { caseId } = payload;
    h.must('case.register', payload, fo);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'terimaBerkas',
      turnRole: 'fo',
      dueAt: wib('2026-07-20T08:05').toISOString(),
      caseDueAt: wib('2026-07-20T08:50').toISOString(),
    });

    const incomplete = h.must(
      'case.checkDocuments',
      { caseId, documents: papers(['keteranganSakit']) },
      fo,
    );
    expect(incomplete.warnings).toEqual([
      {
        code: 'papers-incomplete',
        message:
          'Berkas belum lengkap: Keterangan Sakit. Kembalikan berkas kepada pemohon untuk dilengkapi.',
      },
    ]);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'verifikasiBerkas',
      workflow: { facts: { 'papers.complete': false } },
    });

    h.must(
      'case.returnDocuments',
      { caseId, missing: ['keteranganSakit'], note: 'Minta surat keterangan sakit dari puskesmas' },
      fo,
    );
    const returned = h.caseOf(caseId);
    expect(returned).toMatchObject({
      status: 'returned',
      stationId: 'verifikasiBerkas',
      turnRole: null,
    });
    expect(returned.dueAt).toBeUndefined();
    expect(h.documentsOf(caseId).find((d) => d.requirementId === 'keteranganSakit')?.status).toBe(
      'returned',
    );
    expect(h.run('case.checkDocuments', { caseId, documents: papers() }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'case-returned' }],
    });

    // The citizen comes back the next morning: the case clock restarts at the resubmission.
    h.must('case.resubmit', { caseId }, fo, wib('2026-07-21T08:00'));
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'open',
      stationId: 'verifikasiBerkas',
      turnRole: 'fo',
      caseDueAt: wib('2026-07-21T08:50').toISOString(),
    });
    h.must('case.checkDocuments', { caseId, documents: papers() }, fo, wib('2026-07-21T08:05'));
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'buatSurat', turnRole: 'bo' });
    expect(h.documentsOf(caseId).every((d) => d.status === 'present')).toBe(true);

    h.must(
      'case.recordRegistryCheck',
      {
        caseId,
        check: { registry: 'DTKS', listed: true, checkedOn: '2026-07-21', officer: 'Budi' },
      },
      bo,
      wib('2026-07-21T08:10'),
    );
    h.must('case.submitForParaf', { caseId, stationId: 'buatSurat' }, bo, wib('2026-07-21T08:20'));
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'tandaTangan', turnRole: 'signer' });
    h.must('case.sign', { caseId, stationId: 'tandaTangan' }, official, wib('2026-07-21T08:25'));
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'sampaikanKeBpjs',
      turnRole: 'bo',
      dueAt: wib('2026-07-22T08:25').toISOString(),
    });
    h.must(
      'case.completeStep',
      { caseId, stationId: 'sampaikanKeBpjs' },
      bo,
      wib('2026-07-21T10:00'),
    );
    expect(h.caseOf(caseId).stationId).toBe(implicitOutcomeStationId);
    h.must(
      'case.recordOutcome',
      { caseId, outcome: { kind: 'rejected', reason: 'NIK tidak padan dengan Dukcapil' } },
      bo,
      wib('2026-08-03T09:00'),
    );
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'rejected',
      turnRole: null,
      workflow: { outcome: { kind: 'rejected', reason: 'NIK tidak padan dengan Dukcapil' } },
      month: '2026-07',
    });
    expect(h.caseOf(caseId).workflow.history.map((entry) => entry.event.type)).toEqual([
      'open',
      'complete',
      'recordFacts',
      'complete',
      'returnPapers',
      'resubmit',
      'recordFacts',
      'complete',
      'recordFacts',
      'complete',
      'complete',
      'complete',
      'recordOutcome',
    ]);
  });
});
