import type { Reason } from '../../../shared/cases/records';
import { reasonEntryIssues } from '../intake/caseIssues';
import { FaskesLetterFields } from '../intake/FaskesLetterFields';
import { intakeLabels } from '../intake/labels';
import { reasonOf } from '../intake/payloads';
import { ReasonFields } from '../intake/ReasonFields';
import { reasonErrorField } from '../intake/reasonFields';
import type { TrackProfile } from '../intake/trackProfile';
import type { DialogProps } from './dialogProps';
import { FactDialog } from './FactDialog';
import { reasonDraftOf } from './factDrafts';
import { caseLabels } from './labels';

const labels = intakeLabels.reason;

/** Why coverage is needed and its evidence: the faskes letter where the standard asks for it, the SKTM. */
export function RecordReasonDialog({
  initial,
  profile,
  today,
  ...props
}: DialogProps & { initial?: Reason; profile: TrackProfile; today: string }) {
  const faskes = profile.faskesPaper;
  return (
    <FactDialog
      {...props}
      title={caseLabels.reasonForm.title}
      submitLabel={caseLabels.reasonForm.submit}
      initial={() => reasonDraftOf(initial)}
      check={(values) => reasonEntryIssues(values, profile, today, true)}
      payload={(values) => ({ reason: reasonOf(values) })}
      placeField={reasonErrorField}
      wide
      fields={(values, onChange) => (
        <>
          <ReasonFields values={values} onChange={onChange} />
          <fieldset className="dialog-group">
            <legend className="dialog-group__title">{labels.faskesHeading}</legend>
            <p className="dialog-group__intro">
              {faskes?.mandatory ? labels.faskesRequired(faskes.label) : labels.faskesOptional}
            </p>
            <FaskesLetterFields values={values} onChange={onChange} />
          </fieldset>
        </>
      )}
    />
  );
}
