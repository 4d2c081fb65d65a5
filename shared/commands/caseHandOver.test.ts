import { describe, expect, it } from 'vitest';
import { implicitOutcomeStationId } from '../workflow/derive';
import { bo, fo } from './harness.test-helpers';
import { bulukumbaAtSignature, kadis } from './scenarios.test-helpers';

describe('case.handOver', () => {
  it('hands the signed letter to the citizen; the case then waits for BPJS', () => {
    const { h, caseId } = bulukumbaAtSignature();
    expect(h.run('case.handOver', { caseId, stationId: 'tandaTangan' }, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'wrong-station' }],
    });
    h.must('case.sign', { caseId, stationId: 'tandaTangan' }, kadis);
    expect(h.run('case.handOver', { caseId, stationId: 'serahkanSurat' }, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
    h.must('case.handOver', { caseId, stationId: 'serahkanSurat' }, fo);
    expect(h.caseOf(caseId)).toMatchObject({ stationId: implicitOutcomeStationId, status: 'open' });
  });
});
