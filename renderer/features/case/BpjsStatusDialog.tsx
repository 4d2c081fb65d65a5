import type { BpjsStatus } from '../../../shared/cases/records';
import { rebase } from '../../components/form/fieldMessage';
import { BpjsFields } from '../intake/BpjsFields';
import { bpjsStatusIssues } from '../intake/caseIssues';
import { bpjsStatusOf } from '../intake/payloads';
import type { TrackProfile } from '../intake/trackProfile';
import type { DialogProps } from './dialogProps';
import { FactDialog } from './FactDialog';
import { bpjsDraftOf } from './factDrafts';
import { caseLabels } from './labels';

/** The membership as the citizen's BPJS status statement shows it. */
export function BpjsStatusDialog({
  initial,
  profile,
  today,
  ...props
}: DialogProps & { initial?: BpjsStatus; profile: TrackProfile; today: string }) {
  return (
    <FactDialog
      {...props}
      title={caseLabels.bpjsForm.title}
      submitLabel={caseLabels.bpjsForm.submit}
      initial={() => bpjsDraftOf(initial)}
      check={(values) => bpjsStatusIssues(values, profile, today)}
      payload={(values) => ({ status: bpjsStatusOf(values) })}
      placeField={rebase('status', 'bpjs')}
      fields={(values, onChange) => (
        <BpjsFields values={values} profile={profile} today={today} onChange={onChange} />
      )}
    />
  );
}
