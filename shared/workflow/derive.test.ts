import { describe, expect, it } from 'vitest';
import { deriveWorkflow, implicitOutcomeStationId } from './derive';
import { WorkflowDefinitionError } from './errors';
import { seedStandard } from './flows/fixtures';

const ids = (officeId: string, serviceCode: string, trackId: string, version = 1) =>
  deriveWorkflow(seedStandard(officeId, serviceCode, version), trackId).stations.map((s) => s.id);

describe('deriveWorkflow', () => {
  it('takes the steps in order and appends the wait for BPJS when the track has none (seed 000)', () => {
    expect(ids('dinsos-tanggamus', 'REK-PBPU-PEMDA', 'utama')).toEqual([
      'ajukanBerkas',
      'terimaBerkas',
      'verifikasiBerkas',
      'buatSurat',
      'tandaTangan',
      'sampaikanKeBpjs',
      implicitOutcomeStationId,
    ]);
    const last = deriveWorkflow(
      seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA'),
      'utama',
    ).stations.at(-1);
    expect(last).toMatchObject({
      kind: 'awaitOutcome',
      implied: true,
      target: { kind: 'none' },
      label: 'Menunggu hasil dari BPJS Kesehatan/Dinas Kesehatan',
    });
  });

  it('keeps the published outcome waits and appends nothing (seed 001)', () => {
    expect(ids('dinsos-mentawai', 'REK-BPJS-APBD', 'utama')).toEqual([
      'ajukanSktm',
      'cekBerkas',
      'prosesBpjs',
      'inputData',
      'kirimKeBpjs',
      'terimaKartu',
      'terimaBnba',
    ]);
  });

  it('keeps the implied signature of seed 002 and marks it', () => {
    const workflow = deriveWorkflow(seedStandard('dinkes-padang-panjang', 'REK-JKSS'), 'utama');
    expect(workflow.stations.find((s) => s.id === 'tandaTangan')).toMatchObject({
      kind: 'sign',
      implied: true,
      signers: ['Kepala Dinas Kesehatan'],
    });
    expect(workflow.stations.find((s) => s.id === 'catatEkspedisi')?.kind).toBe('record');
  });

  it.each([1, 2])(
    'leaves out the pre-visit errand and expands the paraf chain of seed 003 v%i',
    (version) => {
      const workflow = deriveWorkflow(
        seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', version),
        'utama',
      );
      expect(workflow.preVisitSteps.map((s) => s.kind)).toEqual(['preVisit']);
      expect(workflow.stations.map((s) => s.id)).toEqual(
        [
          'laporKeDinsos',
          'cekDtks',
          'cekDtsen',
          'registrasi',
          'buatSurat',
          'parafBerjenjang.1',
          'parafBerjenjang.2',
          'parafBerjenjang.3',
          'tandaTangan',
          'serahkanSurat',
          implicitOutcomeStationId,
        ].filter((id) => id !== (version === 1 ? 'cekDtsen' : 'cekDtks')),
      );
      expect(workflow.stations.filter((s) => s.parafSlot).map((s) => s.label)).toEqual([
        'Paraf Penyuluh Sosial (1 dari 3)',
        'Paraf Kepala Bidang (2 dari 3)',
        'Paraf Sekretaris Dinas Sosial (3 dari 3)',
      ]);
    },
  );

  it('builds both Solok tracks and keeps each track’s requirements only', () => {
    const standard = seedStandard('dinsos-solok', 'REK-BPJS-GRATIS');
    const newborn = deriveWorkflow(standard, 'bayiBaruLahir');
    const reactivation = deriveWorkflow(standard, 'reaktivasi');
    expect(newborn.requirementIds).toEqual(['fotokopiKk', 'keteranganKelahiran']);
    expect(reactivation.requirementIds).toEqual(['fotokopiKk']);
    expect(reactivation.stations.map((s) => s.id)).toEqual([
      'datang',
      'sampaikanKeluhan',
      'cekData',
      'buatRekomendasi',
      'tandaTangan',
      implicitOutcomeStationId,
    ]);
  });

  it('refuses an unknown track with an Indonesian message', () => {
    const standard = seedStandard('dinsos-solok', 'REK-BPJS-GRATIS');
    expect(() => deriveWorkflow(standard, 'lansia')).toThrow(
      new WorkflowDefinitionError(
        'unknown-track',
        'Alur "lansia" tidak ada pada standar layanan "REK-BPJS-GRATIS".',
      ),
    );
  });
});
