import { describe, expect, it } from 'vitest';
import { bo, fo } from './harness.test-helpers';
import { issuePayload, kepalaDinas, letterProfile as profile } from './letters.test-helpers';
import {
  bulukumbaAtDraft,
  bulukumbaAtSignature,
  kadis,
  type Opened,
} from './scenarios.test-helpers';

function atSignature(): Opened {
  const opened = bulukumbaAtSignature();
  opened.h.useOffice(profile);
  return opened;
}

describe('letter.issue', () => {
  it('issues the letter once, at the signature, and numbers the case', () => {
    const opened = atSignature();
    const payload = issuePayload(opened);
    const result = opened.h.must('letter.issue', payload, bo);
    expect(result.changes.letters).toEqual([
      expect.objectContaining({
        caseId: opened.caseId,
        number: '400.9.11/0007/Dinsos/2026',
        issuedOn: '2026-07-20',
        issuedBy: bo.userId,
        signer: kepalaDinas,
        pdf: payload.pdf,
      }),
    ]);
    expect(opened.h.caseOf(opened.caseId).letterNumber).toBe('400.9.11/0007/Dinsos/2026');
    expect(opened.h.run('letter.issue', issuePayload(opened, 8), bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'letter-already-issued' }],
    });
    // The letter does not sign itself: the signature is still the Kepala Dinas's step.
    expect(opened.h.caseOf(opened.caseId).stationId).toBe('tandaTangan');
    opened.h.must('case.sign', { caseId: opened.caseId, stationId: 'tandaTangan' }, kadis);
  });

  it('refuses a letter before the paraf chain is done, and by the wrong role', () => {
    const early = bulukumbaAtDraft();
    early.h.useOffice(profile);
    expect(early.h.run('letter.issue', issuePayload(early), bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'letter-too-early' }],
    });
    const opened = atSignature();
    expect(opened.h.run('letter.issue', issuePayload(opened), fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'role-required' }],
    });
  });

  it('refuses a number, date, addressee, signer or verification that does not fit', () => {
    const opened = atSignature();
    const good = issuePayload(opened);
    const refusedOn = (change: Record<string, unknown>) =>
      opened.h.run('letter.issue', { ...good, ...change }, bo);
    expect(refusedOn({ number: '400.9.11/0008/Dinsos/2026' })).toMatchObject({
      ok: false,
      errors: [{ code: 'letter-number', field: 'number' }],
    });
    expect(refusedOn({ addressee: 'Kepala Dinas Kesehatan' })).toMatchObject({
      ok: false,
      errors: [{ code: 'addressee', field: 'addressee' }],
    });
    expect(refusedOn({ kind: 'rekomendasiJkss' })).toMatchObject({
      ok: false,
      errors: [{ code: 'letter-kind' }],
    });
    expect(refusedOn({ signerNip: '196801011990031002' })).toMatchObject({
      ok: false,
      errors: [{ code: 'signer-unknown', field: 'signerNip' }],
    });
    const yesterday = issuePayload(opened, 7, '2026-07-19');
    expect(opened.h.run('letter.issue', yesterday, bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'issued-on' }],
    });
    const otherLetter = issuePayload(opened, 9);
    expect(refusedOn({ verification: otherLetter.verification })).toMatchObject({
      ok: false,
      errors: [{ code: 'verification-mismatch', field: 'verification' }],
    });
    expect(refusedOn({ pdf: { sha256: 'not-a-hash', size: 1 } })).toMatchObject({
      ok: false,
      errors: [{ field: 'pdf.sha256' }],
    });
    expect(opened.h.letters.size).toBe(0);
  });

  it('needs the office profile (numbering and signers)', () => {
    const opened = bulukumbaAtSignature();
    expect(opened.h.run('letter.issue', issuePayload(opened), bo)).toMatchObject({
      ok: false,
      errors: [{ code: 'profile-required' }],
    });
  });
});
