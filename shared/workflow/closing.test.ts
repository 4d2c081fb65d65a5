import { describe, expect, it } from 'vitest';
import {
  admin,
  atPaperCheck,
  bo,
  fo,
  reviewer,
  signer,
  step,
  tanggamusWorkflow,
  ticking,
} from './flows/fixtures';
import { applyTransition } from './transitions';
import type { CaseState, WorkflowEvent } from './types';

const workflow = tanggamusWorkflow();
const at = new Date('2026-07-20T08:00:00+07:00');
const atCheck = (): CaseState => atPaperCheck(workflow);
const refusal = (state: CaseState, event: WorkflowEvent, actor = fo) =>
  applyTransition(workflow, state, event, actor, at);

describe('facts, decline, cancel and outcome', () => {
  it('records facts at the counter, also while the papers are with the citizen', () => {
    expect(refusal(atCheck(), { type: 'recordFacts', facts: {} })).toMatchObject({
      ok: false,
      error: { code: 'facts-empty', message: 'Tidak ada data kasus yang dicatat.' },
    });
    expect(
      refusal(atCheck(), { type: 'recordFacts', facts: { 'registry.listed': true } }, signer()),
    ).toMatchObject({ ok: false, error: { code: 'role-required' } });
    const returned = step(
      workflow,
      atCheck(),
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      at,
    );
    const noted = step(
      workflow,
      returned,
      { type: 'recordFacts', facts: { 'registry.listed': true } },
      bo,
      at,
    );
    expect(noted).toMatchObject({ status: 'returned', facts: { 'registry.listed': true } });
  });

  it('declines with a reason, by case staff only, also while papers are out', () => {
    expect(refusal(atCheck(), { type: 'decline', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'reason-required' },
    });
    expect(refusal(atCheck(), { type: 'decline', reason: 'Tidak di DTKS' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });
    const returned = step(
      workflow,
      atCheck(),
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      at,
    );
    const declined = step(
      workflow,
      returned,
      { type: 'decline', reason: ' Tidak di DTKS ' },
      bo,
      at,
    );
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Tidak di DTKS' });
  });

  it('cancels at the citizen’s request, with or without a note', () => {
    expect(step(workflow, atCheck(), { type: 'cancel' }, fo, at)).toMatchObject({
      status: 'cancelled',
    });
    const withNote = step(
      workflow,
      atCheck(),
      { type: 'cancel', reason: 'Sudah punya BPJS mandiri' },
      bo,
      at,
    );
    expect(withNote.cancelReason).toBe('Sudah punya BPJS mandiri');
    expect(refusal(atCheck(), { type: 'cancel' }, reviewer('Kepala Bidang'))).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });
  });

  it('checks the card number and the start date of an accepted outcome', () => {
    const now = ticking('2026-07-20T08:00:00+07:00');
    let state = step(
      workflow,
      atCheck(),
      { type: 'recordFacts', facts: { 'papers.complete': true } },
      fo,
      now(),
    );
    for (const actor of [fo, bo, signer(), bo])
      state = step(workflow, state, { type: 'complete' }, actor, now());
    const accepted = (cardNumber: string, activeFrom: string): WorkflowEvent => ({
      type: 'recordOutcome',
      outcome: { kind: 'accepted', cardNumber, activeFrom },
    });
    expect(refusal(state, accepted('12345', '2026-08-01'))).toMatchObject({
      ok: false,
      error: {
        code: 'card-number-invalid',
        message: 'Nomor kartu BPJS Kesehatan harus 13 digit angka.',
      },
    });
    expect(refusal(state, accepted('0001234567890', '2026-02-30'))).toMatchObject({
      ok: false,
      error: { code: 'date-invalid' },
    });
    expect(refusal(state, accepted('0001234567890', '2026-08-01'), signer())).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });
    expect(
      step(workflow, state, accepted(' 0001234567890 ', '2026-08-01'), fo, now()).outcome,
    ).toEqual({
      kind: 'accepted',
      cardNumber: '0001234567890',
      activeFrom: '2026-08-01',
    });
  });
});
