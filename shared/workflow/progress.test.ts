import { describe, expect, it } from 'vitest';
import { atPaperCheck, bo, fo, signer, step, tanggamusWorkflow } from './flows/fixtures';
import { applyTransition } from './transitions';
import type { CaseState, WorkflowEvent } from './types';

const workflow = tanggamusWorkflow();
const at = new Date('2026-07-20T08:00:00+07:00');
const atCheck = (): CaseState => atPaperCheck(workflow);
const refusal = (state: CaseState, event: WorkflowEvent, actor = fo) =>
  applyTransition(workflow, state, event, actor, at);

describe('returning papers', () => {
  it('needs the list of missing requirements, from this standard', () => {
    expect(refusal(atCheck(), { type: 'returnPapers', missing: [] })).toMatchObject({
      ok: false,
      error: { code: 'missing-required' },
    });
    expect(
      refusal(atCheck(), { type: 'returnPapers', missing: ['sktm', 'fotokopiKk'] }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'unknown-requirement',
        message: 'Persyaratan "sktm" tidak ada pada standar layanan kasus ini.',
      },
    });
  });

  it('belongs to the front office at the paper check only', () => {
    expect(refusal(atCheck(), { type: 'returnPapers', missing: ['fotokopiKk'] }, bo)).toMatchObject(
      {
        ok: false,
        error: { code: 'role-required' },
      },
    );
    const drafting = step(
      workflow,
      step(
        workflow,
        atCheck(),
        { type: 'recordFacts', facts: { 'papers.complete': true } },
        fo,
        at,
      ),
      { type: 'complete' },
      fo,
      at,
    );
    expect(refusal(drafting, { type: 'returnPapers', missing: ['fotokopiKk'] }, bo)).toMatchObject({
      ok: false,
      error: { code: 'return-not-allowed' },
    });
  });

  it('only resubmits a returned case, recorded at the counter', () => {
    expect(refusal(atCheck(), { type: 'resubmit' })).toMatchObject({
      ok: false,
      error: { code: 'case-not-returned' },
    });
    const returned = step(
      workflow,
      atCheck(),
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      at,
    );
    expect(refusal(returned, { type: 'resubmit' }, signer())).toMatchObject({
      ok: false,
      error: { code: 'role-required' },
    });
    expect(refusal(returned, { type: 'sendBack', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'case-returned' },
    });
  });
});

describe('sending a draft back', () => {
  it('sends back only from a paraf or signature station', () => {
    expect(refusal(atCheck(), { type: 'sendBack', reason: 'Salah' })).toMatchObject({
      ok: false,
      error: { code: 'send-back-not-allowed' },
    });
  });
});
