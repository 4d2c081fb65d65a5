import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../shared/standards/seeds';
import {
  atPaperCheck,
  fo,
  officeOf,
  step,
  tanggamusWorkflow,
} from '../../../shared/workflow/flows/fixtures';
import { caseClock, measureSteps } from '../sla/caseClock';
import { caseTimeline } from './timeline';

const catalog = seedCatalog();
const wib = (local: string) => new Date(`${local}+07:00`);

function ref(workflow: ReturnType<typeof atPaperCheck>) {
  return {
    officeId: 'dinsos-tanggamus',
    serviceCode: 'REK-PBPU-PEMDA',
    standardVersion: 1,
    trackId: 'utama',
    workflow,
  };
}

describe('caseTimeline', () => {
  const workflow = tanggamusWorkflow();
  const clock = caseClock(catalog, officeOf('dinsos-tanggamus'), ref(atPaperCheck(workflow)));

  it('marks passed steps with who finished them, the current step and those ahead', () => {
    const state = atPaperCheck(workflow);
    const steps = caseTimeline(
      workflow,
      state,
      measureSteps(clock, ref(state), wib('2026-07-20T08:05')),
    );
    expect(steps.map((s) => [s.station.id, s.state])).toEqual([
      ['ajukanBerkas', 'done'],
      ['terimaBerkas', 'done'],
      ['verifikasiBerkas', 'current'],
      ['buatSurat', 'upcoming'],
      ['tandaTangan', 'upcoming'],
      ['sampaikanKeBpjs', 'upcoming'],
      ['awaitOutcome.implicit', 'upcoming'],
    ]);
    expect(steps[0]?.doneBy).toEqual({ userId: fo.userId, at: '2026-07-20T01:01:00.000Z' });
    expect(steps[2]).toMatchObject({ visits: 1, visit: { status: 'onTrack' } });
    expect(steps[2]?.doneBy).toBeUndefined();
  });

  it('holds the step that returned the papers, and counts a second stay after resubmission', () => {
    let state = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'returnPapers', missing: ['fotokopiKk'] },
      fo,
      wib('2026-07-20T08:05'),
    );
    const held = caseTimeline(
      workflow,
      state,
      measureSteps(clock, ref(state), wib('2026-07-20T09:00')),
    );
    expect(held[2]).toMatchObject({ state: 'held', visits: 1 });
    state = step(workflow, state, { type: 'resubmit' }, fo, wib('2026-07-21T08:00'));
    const again = caseTimeline(
      workflow,
      state,
      measureSteps(clock, ref(state), wib('2026-07-21T08:01')),
    );
    expect(again[2]).toMatchObject({ state: 'current', visits: 2 });
  });

  it('marks the step where the case closed', () => {
    const state = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'cancel' },
      fo,
      wib('2026-07-20T08:05'),
    );
    const steps = caseTimeline(
      workflow,
      state,
      measureSteps(clock, ref(state), wib('2026-07-20T09:00')),
    );
    expect(steps[2]?.state).toBe('closed');
  });
});
