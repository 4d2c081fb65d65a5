import type { Reason } from '../../../shared/cases/records';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { TextAreaField } from '../../components/form/TextAreaField';
import type { ReasonDraft } from './draft';
import { intakeLabels } from './labels';
import { reasonFields } from './reasonFields';

const labels = intakeLabels.reason;
const kinds: readonly Reason['kind'][] = ['illness', 'emergency', 'childbirth', 'chronic', 'other'];

/** Why coverage is needed: the kind of reason and what the citizen tells. Intake and case screen. */
export function ReasonFields({
  values,
  onChange,
}: {
  values: ReasonDraft;
  onChange: (patch: Partial<ReasonDraft>) => void;
}) {
  return (
    <>
      <ChoiceGroup
        field={reasonFields.kind}
        label={labels.kind}
        value={values.kind}
        choices={kinds.map((kind) => ({ value: kind, label: intakeLabels.reasons[kind] }))}
        onChange={(kind) => onChange({ kind })}
      />
      <TextAreaField
        field={reasonFields.text}
        label={labels.text}
        hint={labels.textHint}
        rows={2}
        maxLength={500}
        value={values.text}
        onChange={(text) => onChange({ text })}
      />
    </>
  );
}
