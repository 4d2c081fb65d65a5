import { useState, type ReactNode } from 'react';
import { CaseDialog } from './CaseDialog';
import type { PlaceField } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { useDialogCheck, type DialogIssue } from './useDialogCheck';

/**
 * A dialog that records one set of facts (the registry check, the BPJS status, the reason)
 * with the intake's own fields, checks and payload: what is typed stays while it is refused.
 */
export function FactDialog<Values extends object>({
  title,
  submitLabel,
  initial,
  check,
  payload,
  placeField,
  fields,
  wide,
  onSubmit,
  ...dialog
}: DialogProps & {
  title: string;
  submitLabel: string;
  initial: () => Values;
  check: (values: Values) => readonly DialogIssue[];
  payload: (values: Values) => Record<string, unknown>;
  placeField: PlaceField;
  fields: (values: Values, onChange: (patch: Partial<Values>) => void) => ReactNode;
  wide?: boolean;
}) {
  const [values, setValues] = useState(initial);
  const checked = useDialogCheck(check(values));
  return (
    <CaseDialog
      {...dialog}
      title={title}
      placeField={placeField}
      issues={checked.shown}
      wide={wide}
      submitLabel={submitLabel}
      onSubmit={() => {
        if (!checked.passes()) return false;
        onSubmit(payload(values));
      }}
    >
      {fields(values, (patch) => setValues((current) => ({ ...current, ...patch })))}
    </CaseDialog>
  );
}
