import { useState } from 'react';
import type { BpjsStatus } from '../../../shared/cases/records';
import { bpjsSegmentSchema, type BpjsSegment } from '../../../shared/standards/schema';
import { CaseDialog } from './CaseDialog';
import { ChoicePills } from './ChoicePills';
import { DateField } from './DateField';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';
import { isoFromTyped, typedFromIso } from './typedDates';

const text = caseLabels.bpjsForm;
const segments = bpjsSegmentSchema.options;
const fields = [
  'status.cardNumber',
  'status.segment',
  'status.status',
  'status.since',
  'status.familyScheme',
];

const segmentOf = (value: string): BpjsSegment | undefined =>
  segments.find((segment) => segment === value);

/** The membership as the citizen's BPJS status statement shows it. */
export function BpjsStatusDialog({
  initial,
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & { initial?: BpjsStatus }) {
  const [cardNumber, setCardNumber] = useState(initial?.cardNumber ?? '');
  const [segment, setSegment] = useState<BpjsSegment>(initial?.segment ?? 'PBI-APBN');
  const [status, setStatus] = useState<'active' | 'nonActive'>(initial?.status ?? 'nonActive');
  const [since, setSince] = useState(typedFromIso(initial?.since));
  const [familyScheme, setFamilyScheme] = useState<BpjsSegment | undefined>(initial?.familyScheme);
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    const date = isoFromTyped(since);
    if (date === null) return;
    onSubmit({
      status: {
        ...(cardNumber.trim() ? { cardNumber: cardNumber.replace(/\s/g, '') } : {}),
        segment,
        status,
        ...(date ? { since: date } : {}),
        ...(familyScheme ? { familyScheme } : {}),
      },
    });
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
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="bpjs-kartu">
            {text.cardNumber}
            <span className="field__optional"> {caseLabels.dialog.optional}</span>
          </label>
          <input
            id="bpjs-kartu"
            className="field__input code"
            inputMode="numeric"
            autoComplete="off"
            value={cardNumber}
            onChange={(event) => setCardNumber(event.target.value)}
          />
          <FieldError id="bpjs-kartu-galat" errors={errors} field="status.cardNumber" />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="bpjs-segmen">
            {text.segment}
          </label>
          <select
            id="bpjs-segmen"
            className="field__input"
            value={segment}
            onChange={(event) => setSegment(segmentOf(event.target.value) ?? segment)}
          >
            {segments.map((option) => (
              <option key={option} value={option}>
                {caseLabels.segments[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <ChoicePills
          legend={text.status}
          choices={[
            { value: 'active', label: text.active },
            { value: 'nonActive', label: text.nonActive },
          ]}
          value={status}
          onChange={setStatus}
        />
        <DateField
          id="bpjs-sejak"
          label={text.since}
          optional
          value={since}
          onChange={setSince}
          checked={tried}
          errors={errors}
          field="status.since"
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="bpjs-keluarga">
          {text.familyScheme}
          <span className="field__optional"> {caseLabels.dialog.optional}</span>
        </label>
        <select
          id="bpjs-keluarga"
          className="field__input"
          value={familyScheme ?? ''}
          onChange={(event) => setFamilyScheme(segmentOf(event.target.value))}
        >
          <option value="">{text.none}</option>
          {segments.map((option) => (
            <option key={option} value={option}>
              {caseLabels.segments[option]}
            </option>
          ))}
        </select>
      </div>
    </CaseDialog>
  );
}
