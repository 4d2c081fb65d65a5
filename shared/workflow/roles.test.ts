import { describe, expect, it } from 'vitest';
import { deriveWorkflow } from './derive';
import { admin, bo, fo, reviewer, seedStandard, signer, staff } from './flows/fixtures';
import { positionUsed, requireStationActor } from './roles';

const workflow = deriveWorkflow(seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2), 'utama');
const at = (id: string) => {
  const station = workflow.stations.find((candidate) => candidate.id === id);
  if (!station) throw new Error(id);
  return station;
};

describe('requireStationActor', () => {
  it('lets front or back office record the citizen’s and outside parties’ steps', () => {
    expect(requireStationActor(workflow, at('laporKeDinsos'), fo)).toBeUndefined();
    expect(requireStationActor(workflow, at('laporKeDinsos'), bo)).toBeUndefined();
    expect(requireStationActor(workflow, at('awaitOutcome.implicit'), bo)).toBeUndefined();
    expect(requireStationActor(workflow, at('laporKeDinsos'), signer())).toMatchObject({
      code: 'role-required',
    });
  });

  it('does not let the office admin work a case', () => {
    expect(requireStationActor(workflow, at('cekDtsen'), admin)).toMatchObject({
      code: 'role-required',
      message:
        'Langkah "Petugas Layanan melakukan pengecekan data peserta ke dalam DTSEN" hanya dapat dicatat oleh petugas front office.',
    });
  });

  it('accepts one account holding several roles and positions', () => {
    const both = staff(['fo', 'reviewer'], ['Kepala Bidang']);
    expect(requireStationActor(workflow, at('cekDtsen'), both)).toBeUndefined();
    expect(requireStationActor(workflow, at('parafBerjenjang.2'), both)).toBeUndefined();
    expect(requireStationActor(workflow, at('parafBerjenjang.1'), both)).toMatchObject({
      code: 'position-required',
    });
  });

  it('names the position a paraf or signature is given under', () => {
    expect(positionUsed(at('parafBerjenjang.3'), reviewer('Sekretaris Dinas Sosial'))).toBe(
      'Sekretaris Dinas Sosial',
    );
    const kabidLinjamsos = signer('Kepala Bidang Perlindungan dan Jaminan Sosial');
    expect(requireStationActor(workflow, at('tandaTangan'), kabidLinjamsos)).toBeUndefined();
    expect(positionUsed(at('tandaTangan'), kabidLinjamsos)).toBe(
      'Kepala Bidang Perlindungan dan Jaminan Sosial',
    );
    expect(positionUsed(at('cekDtsen'), fo)).toBeUndefined();
  });
});
