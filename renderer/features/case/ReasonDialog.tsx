import { useState } from 'react';
import { workflowMessages } from '../../../shared/workflow';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { CaseDialog } from './CaseDialog';
import { atFields } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';
import { useDialogCheck } from './useDialogCheck';

export type ReasonAction = keyof typeof caseLabels.reasons;

/** The engine's own words when a reason it needs is left blank. */
const required: Record<ReasonAction, string | undefined> = {
  'case.sendBack': workflowMessages.reasonRequired.sendBack,
  'case.decline': workflowMessages.reasonRequired.decline,
  'case.cancel': undefined,
  'case.refer': undefined,
};

/** Send back, decline, cancel or refer: one reason typed by the person (and the agency for a referral). */
export function ReasonDialog({
  action,
  referToDefault,
  onSubmit,
  ...dialog
}: DialogProps & { action: ReasonAction; referToDefault?: string }) {
  const text = caseLabels.reasons[action];
  const [reason, setReason] = useState('');
  const [referTo, setReferTo] = useState('');
  const needed = required[action];
  const check = useDialogCheck(
    needed !== undefined && reason.trim() === ''
      ? [{ field: 'reason', severity: 'error', message: needed, missing: true }]
      : [],
  );
  return (
    <CaseDialog
      {...dialog}
      title={text.title}
      intro={text.intro}
      placeField={atFields('reason', 'referTo')}
      issues={check.shown}
      submitLabel={text.submit}
      danger={action === 'case.decline' || action === 'case.cancel'}
      onSubmit={() => {
        if (!check.passes()) return false;
        onSubmit({
          ...(reason.trim() ? { reason } : {}),
          ...(action === 'case.refer' && referTo.trim() ? { referTo } : {}),
        });
      }}
    >
      {action === 'case.refer' ? (
        <TextField
          field="referTo"
          label={caseLabels.referTo}
          value={referTo}
          placeholder={referToDefault}
          {...(referToDefault ? { note: caseLabels.referToHint(referToDefault) } : {})}
          onChange={setReferTo}
        />
      ) : null}
      <TextAreaField
        field="reason"
        label={text.label}
        optional={needed === undefined}
        hint={caseLabels.dialog.ctrlEnter}
        maxLength={500}
        required={needed !== undefined}
        autoFocus
        value={reason}
        onChange={setReason}
        ctrlEnterSubmits
      />
    </CaseDialog>
  );
}
