import { describe, expect, it } from 'vitest';
import { bo, fo } from './harness.test-helpers';
import { bulukumbaCase, dtsenListed, solokCase } from './scenarios.test-helpers';

describe('case.recordRegistryCheck', () => {
  it('records the DTSEN check on the case and as facts, and completes the check station', () => {
    const { h, caseId } = bulukumbaCase();
    const result = h.must('case.recordRegistryCheck', { caseId, check: dtsenListed }, fo);
    expect(result.warnings).toEqual([]);
    expect(h.caseOf(caseId)).toMatchObject({
      registry: dtsenListed,
      stationId: 'registrasi',
      workflow: {
        facts: { 'registry.name': 'DTSEN', 'registry.listed': true, 'registry.decile': 2 },
      },
    });
  });

  it('moves on but warns when the result breaks the standard’s eligibility rules', () => {
    const { h, caseId } = bulukumbaCase();
    const result = h.must(
      'case.recordRegistryCheck',
      { caseId, check: { ...dtsenListed, registry: 'DTKS', decile: 7 } },
      fo,
    );
    expect(result.warnings).toEqual([
      {
        code: 'eligibility.registryNotAccepted',
        message: 'Pengecekan dicatat pada DTKS, sedangkan standar ini memakai DTSEN.',
      },
      { code: 'eligibility.decileTooHigh', message: 'Desil 7 melebihi batas desil 5.' },
    ]);
    expect(h.caseOf(caseId).stationId).toBe('registrasi');
  });

  it('stays at Solok’s data check when the data do not match: the branch refers the citizen', () => {
    const { h, caseId } = solokCase('reaktivasi');
    h.must(
      'case.checkDocuments',
      { caseId, documents: [{ requirementId: 'fotokopiKk', status: 'present' }] },
      fo,
    );
    expect(h.caseOf(caseId).stationId).toBe('cekData');
    const result = h.must(
      'case.recordRegistryCheck',
      { caseId, check: { ...dtsenListed, dataMatches: false } },
      fo,
    );
    expect(result.warnings).toEqual([
      {
        code: 'branch-applies',
        message:
          'Ketentuan "Jika data tidak sesuai, ybs akan dirujuk ke BPJS/Dinas Kesehatan sesuai keluhan" berlaku: rujuk pemohon ke BPJS Kesehatan / Dinas Kesehatan, langkah ini tidak dapat diselesaikan.',
      },
    ]);
    expect(h.caseOf(caseId).stationId).toBe('cekData');
  });

  it('refuses the back office at the front office’s check, and a check dated tomorrow', () => {
    const { h, caseId } = bulukumbaCase();
    expect(h.run('case.recordRegistryCheck', { caseId, check: dtsenListed }, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    expect(
      h.run(
        'case.recordRegistryCheck',
        { caseId, check: { ...dtsenListed, checkedOn: '2026-07-21' } },
        fo,
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'date-future',
          field: 'check.checkedOn',
          message: 'Tanggal pengecekan tidak boleh setelah hari ini.',
        },
      ],
    });
    expect(
      h.run('case.recordRegistryCheck', { caseId, check: { ...dtsenListed, decile: 11 } }, fo),
    ).toMatchObject({ ok: false, errors: [{ code: 'payload.too_big', field: 'check.decile' }] });
    expect(h.caseOf(caseId).registry).toBeUndefined();
  });
});
