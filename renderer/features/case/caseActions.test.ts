import { describe, expect, it } from 'vitest';
import { deriveWorkflow, type CaseState, type Workflow } from '../../../shared/workflow';
import {
  admin,
  atPaperCheck,
  bo,
  fo,
  open,
  reviewer,
  seedStandard,
  signer,
  staff,
  step,
  tanggamusWorkflow,
  ticking,
} from '../../../shared/workflow/flows/fixtures';
import { caseActions } from './caseActions';

const bulukumba = deriveWorkflow(seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2), 'utama');
const penyuluh = reviewer('Penyuluh Sosial');
const kabid = reviewer('Kepala Bidang');
const kadis = signer('Kepala Dinas Sosial');

function walk(workflow: Workflow, actors: ReturnType<typeof staff>[]): CaseState {
  const now = ticking('2026-07-20T09:00:00+08:00');
  let state = open(workflow, fo, now(), { 'papers.complete': true });
  for (const actor of actors) state = step(workflow, state, { type: 'complete' }, actor, now());
  return state;
}

const factsRoles = ['case.recordRegistryCheck', 'case.recordBpjsStatus', 'case.recordReason'];

describe('caseActions', () => {
  it('offers the paper check and the return of papers to the front office only', () => {
    const workflow = tanggamusWorkflow();
    const state = atPaperCheck(workflow);
    expect(caseActions(workflow, state, fo)).toEqual({
      primary: ['case.checkDocuments', 'case.returnDocuments'],
      secondary: [...factsRoles, 'case.setPriority', 'case.addNote', 'case.decline', 'case.cancel'],
    });
    expect(caseActions(workflow, state, bo).primary).toEqual([]);
    expect(caseActions(workflow, state, admin)).toEqual({ primary: [], secondary: [] });
  });

  it('offers a paraf slot only to the holder of its position, with send-back', () => {
    const state = walk(bulukumba, [fo, fo, fo, bo]);
    expect(state.stationId).toBe('parafBerjenjang.1');
    expect(caseActions(bulukumba, state, penyuluh)).toEqual({
      primary: ['case.paraf', 'case.sendBack'],
      secondary: ['case.addNote', 'case.decline'],
    });
    expect(caseActions(bulukumba, state, kabid).primary).toEqual([]);
    expect(caseActions(bulukumba, state, staff(['reviewer'])).primary).toEqual([]);
  });

  it('offers the signature to a published signer; once signed, no decline', () => {
    const atSign = walk(bulukumba, [
      fo,
      fo,
      fo,
      bo,
      penyuluh,
      kabid,
      reviewer('Sekretaris Dinas Sosial'),
    ]);
    expect(atSign.stationId).toBe('tandaTangan');
    expect(caseActions(bulukumba, atSign, kadis).primary).toEqual(['case.sign', 'case.sendBack']);
    expect(caseActions(bulukumba, atSign, signer('Camat')).primary).toEqual([]);
    const signed = step(
      bulukumba,
      atSign,
      { type: 'complete' },
      kadis,
      new Date('2026-07-20T10:00:00+08:00'),
    );
    expect(caseActions(bulukumba, signed, fo).primary).toEqual(['case.handOver']);
    expect(caseActions(bulukumba, signed, fo).secondary).not.toContain('case.decline');
  });

  it('gives the registry check to the back office once it holds a case whose standard publishes no such step (Tanggamus)', () => {
    const workflow = tanggamusWorkflow();
    const now = ticking('2026-07-20T08:20:00+07:00');
    const checked = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'recordFacts', facts: { 'papers.complete': true } },
      fo,
      now(),
    );
    const atDraft = step(workflow, checked, { type: 'complete' }, fo, now());
    expect(atDraft.stationId).toBe('buatSurat');
    expect(caseActions(workflow, atDraft, bo).secondary).toContain('case.recordRegistryCheck');
    expect(caseActions(workflow, atDraft, fo).secondary).not.toContain('case.recordRegistryCheck');
    expect(caseActions(workflow, atDraft, fo).secondary).toContain('case.recordBpjsStatus');
  });

  it('keeps the registry check with the role of its published step (Bulukumba: front office)', () => {
    const atDraft = walk(bulukumba, [fo, fo, fo]);
    expect(atDraft.stationId).toBe('buatSurat');
    expect(caseActions(bulukumba, atDraft, fo).secondary).toContain('case.recordRegistryCheck');
    expect(caseActions(bulukumba, atDraft, bo).secondary).not.toContain('case.recordRegistryCheck');
  });

  it('offers the draft’s submission to the back office', () => {
    const state = walk(bulukumba, [fo, fo, fo]);
    expect(caseActions(bulukumba, state, bo).primary).toEqual(['case.submitForParaf']);
  });

  it('waits for the BPJS answer: outcome at the last wait, no step to complete there', () => {
    const mentawai = deriveWorkflow(seedStandard('dinsos-mentawai', 'REK-BPJS-APBD'), 'utama');
    const atCard = walk(mentawai, [fo, fo, fo, bo, bo]);
    expect(atCard.stationId).toBe('terimaKartu');
    expect(caseActions(mentawai, atCard, bo).primary).toEqual([
      'case.completeStep',
      'case.recordOutcome',
    ]);
    expect(caseActions(mentawai, atCard, bo).secondary).not.toContain('case.decline');
    const atList = step(
      mentawai,
      atCard,
      { type: 'complete' },
      bo,
      new Date('2026-08-03T09:00:00+07:00'),
    );
    expect(caseActions(mentawai, atList, bo).primary).toEqual(['case.recordOutcome']);
    expect(caseActions(mentawai, atList, reviewer('Kepala Bidang'))).toEqual({
      primary: [],
      secondary: ['case.addNote'],
    });
  });

  it('offers the referral where the published branch holds (Solok reactivation, data do not match)', () => {
    const solok = deriveWorkflow(seedStandard('dinsos-solok', 'REK-BPJS-GRATIS'), 'reaktivasi');
    let state = walk(solok, [fo, fo]);
    expect(state.stationId).toBe('cekData');
    state = step(
      solok,
      state,
      { type: 'recordFacts', facts: { 'registry.dataMatches': false } },
      fo,
      new Date('2026-07-20T10:00:00+07:00'),
    );
    expect(caseActions(solok, state, fo).primary).toEqual(['case.refer']);
  });

  it('offers the resubmission while the papers are with the citizen', () => {
    const workflow = tanggamusWorkflow();
    const returned = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      new Date('2026-07-20T08:10:00+07:00'),
    );
    expect(caseActions(workflow, returned, fo)).toEqual({
      primary: ['case.resubmit'],
      secondary: [
        'case.recordReason',
        'case.setPriority',
        'case.addNote',
        'case.decline',
        'case.cancel',
      ],
    });
  });

  it('leaves only notes on a closed case', () => {
    const workflow = tanggamusWorkflow();
    const cancelled = step(workflow, atPaperCheck(workflow), { type: 'cancel' }, fo, new Date());
    expect(caseActions(workflow, cancelled, fo)).toEqual({
      primary: [],
      secondary: ['case.addNote'],
    });
    expect(caseActions(workflow, cancelled, admin)).toEqual({ primary: [], secondary: [] });
  });
});
