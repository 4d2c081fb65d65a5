import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from '../../../shared/workflow';
import {
  atPaperCheck,
  bo,
  fo,
  open,
  reviewer,
  seedStandard,
  step,
  tanggamusWorkflow,
  ticking,
} from '../../../shared/workflow/flows/fixtures';
import { historyLog } from './historyLog';

const label = (id: string) => ({ fotokopiKk: 'Fotokopi KK' })[id] ?? id;

describe('historyLog', () => {
  it('tells the story newest first, with the papers that went back and the reasons', () => {
    const workflow = tanggamusWorkflow();
    const now = ticking('2026-07-20T08:10:00+07:00');
    let state = step(
      workflow,
      atPaperCheck(workflow),
      { type: 'returnPapers', missing: ['fotokopiKk'], note: 'Bawa KK terbaru' },
      fo,
      now(),
    );
    state = step(workflow, state, { type: 'resubmit' }, fo, now());
    state = step(workflow, state, { type: 'cancel', reason: 'Pindah domisili' }, fo, now());
    const log = historyLog(workflow, state, label);
    expect(log.map((item) => item.title)).toEqual([
      'Permohonan dibatalkan',
      'Berkas dilengkapi dan diserahkan kembali',
      'Berkas dikembalikan untuk dilengkapi',
      'Penerimaan berkas selesai',
      'Pemohon datang ke loket selesai',
      'Kasus dibuka',
    ]);
    expect(log[0]?.details).toEqual(['Alasan: Pindah domisili']);
    expect(log[2]?.details).toEqual(['Belum lengkap: Fotokopi KK', 'Pesan: Bawa KK terbaru']);
  });

  it('names the paraf by position, the facts recorded and the send-back reason', () => {
    const workflow = deriveWorkflow(seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2), 'utama');
    const now = ticking('2026-07-20T09:00:00+08:00');
    let state = open(workflow, fo, now());
    state = step(
      workflow,
      state,
      { type: 'recordFacts', facts: { 'registry.listed': true } },
      fo,
      now(),
    );
    for (const actor of [fo, fo, fo, bo, reviewer('Penyuluh Sosial')]) {
      state = step(workflow, state, { type: 'complete' }, actor, now());
    }
    state = step(
      workflow,
      state,
      { type: 'sendBack', reason: 'Nama salah ketik' },
      reviewer('Kepala Bidang'),
      now(),
    );
    const log = historyLog(workflow, state, label);
    expect(log[0]).toMatchObject({
      title: 'Konsep surat dikembalikan untuk diperbaiki',
      details: ['Alasan: Nama salah ketik'],
    });
    expect(log[1]?.title).toBe('Paraf Penyuluh Sosial');
    expect(log.at(-2)?.details).toEqual(['Dicatat: status terdaftar di DTKS/DTSEN']);
  });
});
