import { useState } from 'react';
import { prioritySchema, type Priority } from '../../../shared/cases/records';
import { CaseDialog } from './CaseDialog';
import { ChoicePills } from './ChoicePills';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';

/** Emergency, childbirth, chronic illness or none: priority cases go first in every worklist. */
export function PriorityDialog({
  current,
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & { current: Priority }) {
  const [priority, setPriority] = useState<Priority>(current);
  return (
    <CaseDialog
      title={caseLabels.priorityForm.title}
      errors={unplacedErrors(errors, [])}
      submitLabel={caseLabels.priorityForm.submit}
      busy={busy}
      onSubmit={() => onSubmit({ priority })}
      onClose={onClose}
    >
      <ChoicePills
        legend={caseLabels.priorityForm.label}
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
