import { useState } from 'react';
import type { RegistryCheck } from '../../../shared/cases/records';
import type { RegistryName } from '../../../shared/standards/schema';
import { CaseDialog } from './CaseDialog';
import { ChoicePills } from './ChoicePills';
import { DateField } from './DateField';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';
import { isoFromTyped, typedFromIso } from './typedDates';

const text = caseLabels.registry;
type Tri = 'yes' | 'no' | 'unknown';
const fields = [
  'check.registry',
  'check.listed',
  'check.decile',
  'check.dataMatches',
  'check.checkedOn',
  'check.officer',
];

/** The DTKS/DTSEN check: listed or not, the decile, whether the data match, when and by whom. */
export function RegistryCheckDialog({
  initial,
  registry,
  today,
  officer,
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & {
  initial?: RegistryCheck;
  registry: RegistryName;
  today: string;
  officer: string;
}) {
  const [name, setName] = useState<RegistryName>(initial?.registry ?? registry);
  const [listed, setListed] = useState<boolean>(initial?.listed ?? true);
  const [decile, setDecile] = useState(initial?.decile?.toString() ?? '');
  const [matches, setMatches] = useState<Tri>(
    initial?.dataMatches === undefined ? 'unknown' : initial.dataMatches ? 'yes' : 'no',
  );
  const [checkedOn, setCheckedOn] = useState(typedFromIso(today));
  const [by, setBy] = useState(officer);
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    const date = isoFromTyped(checkedOn);
    if (!date) return;
    onSubmit({
      check: {
        registry: name,
        listed,
        ...(decile.trim() ? { decile: Number(decile) } : {}),
        ...(matches === 'unknown' ? {} : { dataMatches: matches === 'yes' }),
        checkedOn: date,
        officer: by,
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
        <ChoicePills
          legend={text.registry}
          choices={[
            { value: 'DTSEN', label: caseLabels.registries.DTSEN },
            { value: 'DTKS', label: caseLabels.registries.DTKS },
          ]}
          value={name}
          onChange={setName}
        />
        <ChoicePills
          legend={text.listed}
          choices={[
            { value: true, label: text.yes },
            { value: false, label: text.no },
          ]}
          value={listed}
          onChange={setListed}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="dtks-desil">
            {text.decile}
            <span className="field__optional"> {caseLabels.dialog.optional}</span>
          </label>
          <input
            id="dtks-desil"
            className="field__input field__input--short"
            inputMode="numeric"
            maxLength={2}
            value={decile}
            onChange={(event) => setDecile(event.target.value.replace(/\D/g, ''))}
          />
          <FieldError id="dtks-desil-galat" errors={errors} field="check.decile" />
        </div>
        <ChoicePills
          legend={text.dataMatches}
          choices={[
            { value: 'yes', label: text.yes },
            { value: 'no', label: text.no },
            { value: 'unknown', label: text.unknown },
          ]}
          value={matches}
          onChange={setMatches}
        />
      </div>
      <div className="field-row">
        <DateField
          id="dtks-tanggal"
          label={text.checkedOn}
          value={checkedOn}
          onChange={setCheckedOn}
          checked={tried}
          errors={errors}
          field="check.checkedOn"
        />
        <div className="field">
          <label className="field__label" htmlFor="dtks-petugas">
            {text.officer}
          </label>
          <input
            id="dtks-petugas"
            className="field__input"
            value={by}
            onChange={(event) => setBy(event.target.value)}
          />
          <FieldError id="dtks-petugas-galat" errors={errors} field="check.officer" />
        </div>
      </div>
    </CaseDialog>
  );
}
