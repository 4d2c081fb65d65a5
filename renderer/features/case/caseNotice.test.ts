import { describe, expect, it } from 'vitest';
import { atPaperCheck, fo, step, tanggamusWorkflow } from '../../../shared/workflow/flows/fixtures';
import { caseNotice } from './caseNotice';

const workflow = tanggamusWorkflow();
const label = (id: string) =>
  ({ fotokopiKk: 'Fotokopi KK', fotokopiKtp: 'Fotokopi KTP' })[id] ?? id;
const at = new Date('2026-07-20T08:30:00+07:00');

describe('caseNotice', () => {
  it('says nothing while the case is being worked on', () => {
    expect(caseNotice(atPaperCheck(workflow), label)).toBeUndefined();
  });

  it('names the papers the citizen has to bring back', () => {
    const returned = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'returnPapers', missing: ['fotokopiKk', 'fotokopiKtp'] },
      fo,
      at,
    );
    expect(caseNotice(returned, label)).toBe(
      'Berkas dikembalikan kepada pemohon untuk dilengkapi: Fotokopi KK; Fotokopi KTP. Waktu layanan berhenti sampai berkas diserahkan lagi.',
    );
  });

  it('says how a closed case ended', () => {
    const declined = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'decline', reason: 'Bukan warga' },
      fo,
      at,
    );
    expect(caseNotice(declined, label)).toBe(
      'Dinyatakan tidak memenuhi syarat. Alasan: Bukan warga.',
    );
    const cancelled = step(workflow, atPaperCheck(workflow), { type: 'cancel' }, fo, at);
    expect(caseNotice(cancelled, label)).toBe('Permohonan dibatalkan pemohon.');
  });
});
