// What the case already records, as the fields of the intake show it, so the case dialogs edit
// the registry check, the BPJS status and the reason with the intake's own fields and checks.
import type { BpjsStatus, Reason, RegistryCheck } from '../../../shared/cases/records';
import { typedFromIso } from '../../components/form/typedDate';
import type { BpjsDraft, ReasonDraft, RegistryDraft, YesNo } from '../intake/draft';
import type { TrackProfile } from '../intake/trackProfile';

const yesNo = (value: boolean | undefined): YesNo =>
  value === undefined ? '' : value ? 'yes' : 'no';

/**
 * A new check is made today by the person signed in; what it found starts as last recorded.
 * With no check yet, the registry is preset only where the standard accepts one alone.
 */
export function registryDraftOf(
  recorded: RegistryCheck | undefined,
  setting: { profile: TrackProfile; today: string; officer: string },
): RegistryDraft {
  const [only, ...others] = setting.profile.registries;
  return {
    registry: recorded?.registry ?? (only && others.length === 0 ? only : ''),
    listed: yesNo(recorded?.listed),
    decile: recorded?.decile?.toString() ?? '',
    dataMatches: yesNo(recorded?.dataMatches),
    checkedOn: typedFromIso(setting.today),
    officer: setting.officer,
  };
}

export function bpjsDraftOf(recorded: BpjsStatus | undefined): BpjsDraft {
  return {
    cardNumber: recorded?.cardNumber ?? '',
    segment: recorded?.segment ?? '',
    status: recorded?.status ?? '',
    since: typedFromIso(recorded?.since),
    familyScheme: recorded?.familyScheme ?? '',
  };
}

export function reasonDraftOf(recorded: Reason | undefined): ReasonDraft {
  return {
    kind: recorded?.kind ?? '',
    text: recorded?.text ?? '',
    faskesName: recorded?.faskes?.name ?? '',
    faskesLetterNumber: recorded?.faskes?.letterNumber ?? '',
    faskesLetterDate: typedFromIso(recorded?.faskes?.letterDate),
    sktmNumber: recorded?.sktmNumber ?? '',
  };
}
