import { useState } from 'react';
import { prioritySchema, type Priority } from '../../../shared/cases/records';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { CaseDialog } from './CaseDialog';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';

/** Emergency, childbirth, chronic illness or none: priority cases go first in every worklist. */
export function PriorityDialog({
  current,
  onSubmit,
  ...dialog
}: DialogProps & { current: Priority }) {
  const [priority, setPriority] = useState<Priority>(current);
  return (
    <CaseDialog
      {...dialog}
      title={caseLabels.priorityForm.title}
      submitLabel={caseLabels.priorityForm.submit}
      onSubmit={() => onSubmit({ priority })}
    >
      <ChoiceGroup
        field="priority"
        label={caseLabels.priorityForm.label}
        choices={prioritySchema.options.map((option) => ({
          value: option,
          label: caseLabels.priority[option],
        }))}
        value={priority}
        onChange={setPriority}
      />
    </CaseDialog>
  );
}
