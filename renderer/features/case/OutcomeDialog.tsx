import { useState } from 'react';
import { workflowMessages } from '../../../shared/workflow';
import { CaseDialog } from './CaseDialog';
import { ChoicePills } from './ChoicePills';
import { DateField } from './DateField';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';
import { isoFromTyped } from './typedDates';

const text = caseLabels.outcome;
const fields = ['outcome.cardNumber', 'outcome.activeFrom', 'outcome.reason'];

/** The BPJS/Dinkes answer: the card and the date it is active from, or the rejection and why. */
export function OutcomeDialog({ errors, busy, onSubmit, onClose }: DialogProps) {
  const [kind, setKind] = useState<'accepted' | 'rejected'>('accepted');
  const [cardNumber, setCardNumber] = useState('');
  const [activeFrom, setActiveFrom] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonMissing = tried && kind === 'rejected' && reason.trim() === '';
  const submit = () => {
    setTried(true);
    if (kind === 'rejected') {
      if (reason.trim()) onSubmit({ outcome: { kind, reason } });
      return;
    }
    const date = isoFromTyped(activeFrom);
    if (date)
      onSubmit({ outcome: { kind, cardNumber: cardNumber.replace(/\s/g, ''), activeFrom: date } });
  };
  return (
    <CaseDialog
      title={text.title}
      errors={unplacedErrors(errors, fields)}
      submitLabel={text.submit}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <ChoicePills
        legend={text.kind}
        choices={[
          { value: 'accepted', label: text.accepted },
          { value: 'rejected', label: text.rejected },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'accepted' ? (
        <div className="field-row">
          <div className="field">
            <label className="field__label" htmlFor="hasil-kartu">
              {text.cardNumber}
            </label>
            <input
              id="hasil-kartu"
              className="field__input code"
              inputMode="numeric"
              autoComplete="off"
              maxLength={17}
              value={cardNumber}
              onChange={(event) => setCardNumber(event.target.value)}
            />
            <FieldError id="hasil-kartu-galat" errors={errors} field="outcome.cardNumber" />
          </div>
          <DateField
            id="hasil-aktif"
            label={text.activeFrom}
            value={activeFrom}
            onChange={setActiveFrom}
            checked={tried}
            errors={errors}
            field="outcome.activeFrom"
          />
        </div>
      ) : (
        <div className="field">
          <label className="field__label" htmlFor="hasil-alasan">
            {text.reason}
          </label>
          <input
            id="hasil-alasan"
            className="field__input"
            list="hasil-alasan-usulan"
            maxLength={500}
            aria-invalid={reasonMissing || undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <datalist id="hasil-alasan-usulan">
            {text.reasonHints.map((hint) => (
              <option key={hint} value={hint} />
            ))}
          </datalist>
          {reasonMissing ? (
            <p className="field__error">{workflowMessages.reasonRequired.rejected}</p>
          ) : null}
          <FieldError id="hasil-alasan-galat" errors={errors} field="outcome.reason" />
        </div>
      )}
    </CaseDialog>
  );
}
