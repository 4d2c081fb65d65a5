import { useState } from 'react';
import { workflowMessages } from '../../../shared/workflow';
import { CaseDialog } from './CaseDialog';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';

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
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & { action: ReasonAction; referToDefault?: string }) {
  const text = caseLabels.reasons[action];
  const [reason, setReason] = useState('');
  const [referTo, setReferTo] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && required[action] !== undefined && reason.trim() === '';
  const submit = () => {
    setTried(true);
    if (required[action] !== undefined && reason.trim() === '') return;
    const payload: Record<string, unknown> = {};
    if (reason.trim()) payload.reason = reason;
    if (action === 'case.refer' && referTo.trim()) payload.referTo = referTo;
    onSubmit(payload);
  };
  return (
    <CaseDialog
      title={text.title}
      intro={text.intro}
      errors={unplacedErrors(errors, ['reason', 'referTo'])}
      submitLabel={text.submit}
      busy={busy}
      danger={action === 'case.decline' || action === 'case.cancel'}
      onSubmit={submit}
      onClose={onClose}
    >
      {action === 'case.refer' ? (
        <div className="field">
          <label className="field__label" htmlFor="alasan-rujuk-ke">
            {caseLabels.referTo}
          </label>
          <input
            id="alasan-rujuk-ke"
            className="field__input"
            value={referTo}
            placeholder={referToDefault}
            onChange={(event) => setReferTo(event.target.value)}
          />
          {referToDefault ? (
            <p className="field__hint">{caseLabels.referToHint(referToDefault)}</p>
          ) : null}
          <FieldError id="alasan-rujuk-ke-galat" errors={errors} field="referTo" />
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="alasan-teks">
          {text.label}
          {required[action] ? null : (
            <span className="field__optional"> {caseLabels.dialog.optional}</span>
          )}
        </label>
        <textarea
          id="alasan-teks"
          className="field__input field__input--area"
          rows={3}
          maxLength={500}
          required={required[action] !== undefined}
          aria-invalid={missing || undefined}
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.ctrlKey) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <p className="field__hint">{caseLabels.dialog.ctrlEnter}</p>
        {missing ? <p className="field__error">{required[action]}</p> : null}
        <FieldError id="alasan-teks-galat" errors={errors} field="reason" />
      </div>
    </CaseDialog>
  );
}
