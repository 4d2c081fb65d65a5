import { describe, expect, it } from 'vitest';
import { fo } from './harness.test-helpers';
import { bulukumbaAtSignature, bulukumbaCase, kadis } from './scenarios.test-helpers';

function waiting() {
  const opened = bulukumbaAtSignature();
  opened.h.must('case.sign', { caseId: opened.caseId, stationId: 'tandaTangan' }, kadis);
  opened.h.must('case.handOver', { caseId: opened.caseId, stationId: 'serahkanSurat' }, fo);
  return opened;
}

describe('case.recordOutcome', () => {
  it('closes the case as accepted with the card number', () => {
    const { h, caseId } = waiting();
    h.must(
      'case.recordOutcome',
      {
        caseId,
        outcome: { kind: 'accepted', cardNumber: '0001 2345 67890', activeFrom: '2026-08-01' },
      },
      fo,
    );
    expect(h.caseOf(caseId)).toMatchObject({
      status: 'accepted',
      workflow: { outcome: { cardNumber: '0001234567890', activeFrom: '2026-08-01' } },
    });
  });

  it('refuses a bad card number on its field, a rejection without reason, and an early outcome', () => {
    const { h, caseId } = waiting();
    expect(
      h.run(
        'case.recordOutcome',
        {
          caseId,
          outcome: { kind: 'accepted', cardNumber: '0001-2345', activeFrom: '2026-08-01' },
        },
        fo,
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'bpjs.notDigits',
          field: 'outcome.cardNumber',
          message: 'Nomor kartu BPJS Kesehatan hanya boleh berisi angka.',
        },
      ],
    });
    expect(
      h.run('case.recordOutcome', { caseId, outcome: { kind: 'rejected', reason: '' } }, fo),
    ).toMatchObject({ ok: false, errors: [{ field: 'outcome.reason' }] });
    const early = bulukumbaCase();
    expect(
      early.h.run(
        'case.recordOutcome',
        { caseId: early.caseId, outcome: { kind: 'rejected', reason: 'NIK ganda' } },
        fo,
      ),
    ).toMatchObject({ ok: false, errors: [{ code: 'outcome-not-allowed' }] });
  });
});
