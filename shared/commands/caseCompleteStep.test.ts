import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { bo, createHarness, fo, registerPayload } from './harness.test-helpers';
import { bulukumbaCase, dtsenListed } from './scenarios.test-helpers';

describe('case.completeStep', () => {
  it('finishes a generic station and measures the next one', () => {
    const { h, caseId } = bulukumbaCase();
    h.must('case.recordRegistryCheck', { caseId, check: dtsenListed }, fo);
    h.must('case.completeStep', { caseId, stationId: 'registrasi' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'buatSurat', turnRole: 'bo' });
    expect(h.caseOf(caseId).dueAt).toBe(new Date(h.peek().getTime() + 4 * 60_000).toISOString());
  });

  it('refuses a station that is no longer current, as a replay or after someone else moved the case', () => {
    const { h, caseId } = bulukumbaCase();
    h.must('case.recordRegistryCheck', { caseId, check: dtsenListed }, fo);
    h.must('case.completeStep', { caseId, stationId: 'registrasi' }, fo);
    expect(h.run('case.completeStep', { caseId, stationId: 'registrasi' }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'stale',
          field: 'stationId',
          message:
            'Kasus sudah berada pada tahap "Petugas membuat Surat Keterangan Pengaktifan Kembali yang ditandatangani oleh Kabid Linjamsos atau Kepala Dinas Sosial Bulukumba", bukan lagi "Petugas melakukan registrasi peserta dan mencatat nama faskes serta nomor surat keterangannya"; mungkin sudah diproses petugas lain. Muat ulang kasus lalu periksa kembali.',
        },
      ],
    });
  });

  it('points to the right command at a station that records its own data', () => {
    const { h, caseId } = bulukumbaCase();
    expect(h.run('case.completeStep', { caseId, stationId: 'cekDtsen' }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'wrong-station',
          field: 'stationId',
          message:
            'Penyelesaian langkah tidak dapat dilakukan pada tahap "Petugas Layanan melakukan pengecekan data peserta ke dalam DTSEN". Gunakan "Catat pengecekan DTKS/DTSEN".',
        },
      ],
    });
  });

  it('refuses the wrong role and a missing case', () => {
    const { h, caseId } = bulukumbaCase();
    h.must('case.recordRegistryCheck', { caseId, check: dtsenListed }, fo);
    expect(h.run('case.completeStep', { caseId, stationId: 'registrasi' }, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    expect(h.run('case.completeStep', { caseId: uuidv7(), stationId: 'registrasi' }, fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'case-not-found',
          field: 'caseId',
          message:
            'Kasus tidak ditemukan di perangkat ini. Mungkin belum tersinkron: sinkronkan data lalu coba lagi.',
        },
      ],
    });
  });

  it('walks Mentawai’s monthly submission and its two BPJS waits', () => {
    const h = createHarness('dinsos-mentawai', '2026-07-20T08:00:00+07:00');
    const payload = registerPayload('dinsos-mentawai', 'REK-BPJS-APBD', '130901');
    const { caseId } = payload;
    h.must('case.register', payload, fo);
    const documents = ['fotokopiKtp', 'fotokopiKk', 'sktm'].map((requirementId) => ({
      requirementId,
      status: 'present',
    }));
    h.must('case.checkDocuments', { caseId, documents }, fo);
    h.must('case.completeStep', { caseId, stationId: 'prosesBpjs' }, fo);
    h.must('case.completeStep', { caseId, stationId: 'inputData' }, bo);
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'kirimKeBpjs',
      // The next cut-off is the 24th (a Friday): closing time 16.30.
      dueAt: new Date('2026-07-24T16:30:00+07:00').toISOString(),
    });
    h.must('case.completeStep', { caseId, stationId: 'kirimKeBpjs' }, bo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: 'terimaKartu', turnRole: 'fo' });
    h.must('case.completeStep', { caseId, stationId: 'terimaKartu' }, bo);
    expect(h.run('case.completeStep', { caseId, stationId: 'terimaBnba' }, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'outcome-required' }],
    });
    expect(h.caseOf(caseId).stationId).toBe('terimaBnba');
  });
});
