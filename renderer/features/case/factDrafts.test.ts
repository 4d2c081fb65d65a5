import { describe, expect, it } from 'vitest';
import type { BpjsStatus, Reason, RegistryCheck } from '../../../shared/cases/records';
import { seedStandard } from '../../../shared/workflow/flows/fixtures';
import { bpjsStatusOf, reasonOf, registryCheckOf } from '../intake/payloads';
import { trackProfile } from '../intake/trackProfile';
import { bpjsDraftOf, reasonDraftOf, registryDraftOf } from './factDrafts';

const tanggamus = trackProfile(seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA'), 'utama');
const mentawai = trackProfile(seedStandard('dinsos-mentawai', 'REK-BPJS-APBD'), 'utama');
const setting = { today: '2026-11-23', officer: 'Muh. Ilham Syah' };

describe('the case’s facts as the intake’s fields', () => {
  it('starts a new registry check today, by the person signed in, with what was found before', () => {
    const recorded: RegistryCheck = {
      registry: 'DTKS',
      listed: true,
      decile: 3,
      checkedOn: '2026-11-02',
      officer: 'Rina Wahyuni',
    };
    const draft = registryDraftOf(recorded, { ...setting, profile: tanggamus });
    expect(draft).toEqual({
      registry: 'DTKS',
      listed: 'yes',
      decile: '3',
      dataMatches: '',
      checkedOn: '23-11-2026',
      officer: 'Muh. Ilham Syah',
    });
    expect(registryCheckOf(draft)).toEqual({
      ...recorded,
      checkedOn: '2026-11-23',
      officer: 'Muh. Ilham Syah',
    });
  });

  it('presets the registry only where the standard accepts one alone', () => {
    expect(registryDraftOf(undefined, { ...setting, profile: tanggamus }).registry).toBe('DTKS');
    expect(registryDraftOf(undefined, { ...setting, profile: mentawai }).registry).toBe('');
    expect(registryDraftOf(undefined, { ...setting, profile: mentawai }).listed).toBe('');
  });

  it('gives back the same BPJS status and reason it was given', () => {
    const status: BpjsStatus = {
      cardNumber: '0001234567890',
      segment: 'PBI-APBN',
      status: 'nonActive',
      since: '2026-10-01',
    };
    expect(bpjsStatusOf(bpjsDraftOf(status))).toEqual(status);
    const reason: Reason = {
      kind: 'illness',
      text: 'Dirawat sejak 20 November',
      faskes: {
        name: 'RSUD Batin Mangunang',
        letterNumber: '445/12/RSUD',
        letterDate: '2026-11-20',
      },
      sktmNumber: '470/88/2026',
    };
    expect(reasonOf(reasonDraftOf(reason))).toEqual(reason);
    expect(reasonDraftOf(undefined)).toMatchObject({ kind: '', faskesLetterDate: '' });
  });
});
