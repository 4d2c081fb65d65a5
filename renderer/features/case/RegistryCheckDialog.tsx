import type { RegistryCheck } from '../../../shared/cases/records';
import { rebase } from '../../components/form/fieldMessage';
import { registryCheckIssues } from '../intake/caseIssues';
import { registryCheckOf } from '../intake/payloads';
import { RegistryFields } from '../intake/RegistryFields';
import type { TrackProfile } from '../intake/trackProfile';
import type { DialogProps } from './dialogProps';
import { FactDialog } from './FactDialog';
import { registryDraftOf } from './factDrafts';
import { caseLabels } from './labels';

/** The DTKS/DTSEN check: listed or not, the decile, whether the data match, when and by whom. */
export function RegistryCheckDialog({
  initial,
  profile,
  today,
  officer,
  ...props
}: DialogProps & {
  initial?: RegistryCheck;
  profile: TrackProfile;
  today: string;
  officer: string;
}) {
  return (
    <FactDialog
      {...props}
      title={caseLabels.registryForm.title}
      submitLabel={caseLabels.registryForm.submit}
      initial={() => registryDraftOf(initial, { profile, today, officer })}
      check={(values) => registryCheckIssues(values, profile, today)}
      payload={(values) => ({ check: registryCheckOf(values) })}
      placeField={rebase('check', 'registry')}
      fields={(values, onChange) => (
        <RegistryFields values={values} profile={profile} onChange={onChange} />
      )}
    />
  );
}
