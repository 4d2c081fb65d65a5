import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { fo, personInput } from './harness.test-helpers';
import { bulukumbaCase, solokCase } from './scenarios.test-helpers';

const nonActive = { segment: 'PBI-APBN', status: 'nonActive', since: '2026-02-25' };

function newbornAtFamilyCheck() {
  const baby = personInput('137201', {
    nik: undefined,
    name: 'Bayi Ny. Siti Aminah',
    birthDate: '2026-07-15',
    sex: 'male',
  });
  const opened = solokCase('bayiBaruLahir', {
    relationship: 'parent',
    subjectId: uuidv7(),
    subject: baby,
  });
  const documents = ['fotokopiKk', 'keteranganKelahiran'].map((requirementId) => ({
    requirementId,
    status: 'present',
  }));
  opened.h.must('case.checkDocuments', { caseId: opened.caseId, documents }, fo);
  expect(opened.h.caseOf(opened.caseId).stationId).toBe('cekKepesertaanKeluarga');
  return opened;
}

describe('case.recordBpjsStatus', () => {
  it('records segment, status and the whole months non-active up to the office-local today', () => {
    const { h, caseId } = bulukumbaCase();
    const result = h.must(
      'case.recordBpjsStatus',
      { caseId, status: { ...nonActive, cardNumber: '0001234567890' } },
      fo,
    );
    expect(result.warnings).toEqual([]);
    expect(h.caseOf(caseId)).toMatchObject({
      bpjs: { cardNumber: '0001234567890', segment: 'PBI-APBN', since: '2026-02-25' },
      stationId: 'cekDtsen',
      workflow: {
        facts: {
          'bpjs.segment': 'PBI-APBN',
          'bpjs.status': 'nonActive',
          'bpjs.nonActiveMonths': 4,
        },
      },
    });
  });

  it('warns when the membership is outside the standard, and refuses a bad card number or date', () => {
    const { h, caseId } = bulukumbaCase();
    const result = h.must(
      'case.recordBpjsStatus',
      { caseId, status: { segment: 'PBPU', status: 'active' } },
      fo,
    );
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'eligibility.segmentNotCovered',
      'eligibility.bpjsStatus',
    ]);
    expect(
      h.run(
        'case.recordBpjsStatus',
        { caseId, status: { ...nonActive, cardNumber: '12345', since: '2026-08-01' } },
        fo,
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'bpjs.length',
          field: 'status.cardNumber',
          message: 'Nomor kartu BPJS Kesehatan harus 13 digit, yang diisi 5 digit.',
        },
        {
          code: 'date-future',
          field: 'status.since',
          message: 'Tanggal mulai status kepesertaan tidak boleh setelah hari ini.',
        },
      ],
    });
  });

  it('moves a Solok newborn past the family check once the family’s scheme is known', () => {
    const { h, caseId } = newbornAtFamilyCheck();
    h.must(
      'case.recordBpjsStatus',
      { caseId, status: { segment: 'belumTerdaftar', status: 'nonActive', familyScheme: 'JKSS' } },
      fo,
    );
    expect(h.caseOf(caseId)).toMatchObject({
      stationId: 'buatRekomendasi',
      turnRole: 'bo',
      workflow: { facts: { 'family.scheme': 'JKSS' } },
    });
  });

  it('leaves a Solok newborn at the family check when the family has neither PBI-JK nor JKSS', () => {
    const { h, caseId } = newbornAtFamilyCheck();
    const result = h.must(
      'case.recordBpjsStatus',
      { caseId, status: { segment: 'belumTerdaftar', status: 'nonActive', familyScheme: 'PBPU' } },
      fo,
    );
    expect(result.warnings).toMatchObject([{ code: 'branch-applies' }]);
    expect(h.caseOf(caseId).stationId).toBe('cekKepesertaanKeluarga');
  });
});
