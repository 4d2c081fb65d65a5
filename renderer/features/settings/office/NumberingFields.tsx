import { formatLongDate, todayIn } from '../../../../shared/dates/localDate';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';
import { numberingExample } from './numberingExample';
import type { NumberingValues, ProfileFormErrors } from './profileForm';
import './numbering.css';

const labels = settingsLabels.numbering;
const exampleSeq = 123;

/** The letter-number template and its parts, with the number it gives today. */
export function NumberingFields({
  values,
  errors,
  timeZone,
  serviceCode,
  onChange,
}: {
  values: NumberingValues;
  errors: ProfileFormErrors;
  timeZone: string;
  /** The office's first service, for templates with {serviceCode}. */
  serviceCode: string | undefined;
  onChange: (values: NumberingValues) => void;
}) {
  const date = todayIn(timeZone);
  const example = numberingExample(values, { seq: exampleSeq, date, serviceCode });
  const set = <K extends keyof NumberingValues>(key: K, value: NumberingValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{labels.heading}</legend>
      <div className="form-grid">
        <TextField
          className="form-grid__wide"
          label={labels.template}
          value={values.template}
          hint={labels.templateHint}
          error={errors['numbering.template']}
          spellCheck={false}
          onChange={(value) => set('template', value)}
        />
        <TextField
          label={labels.classificationCode}
          value={values.classificationCode}
          hint={labels.classificationHint}
          error={errors['numbering.classificationCode']}
          onChange={(value) => set('classificationCode', value)}
        />
        <TextField
          label={labels.unit}
          value={values.unit}
          error={errors['numbering.unit']}
          onChange={(value) => set('unit', value)}
        />
        <TextField
          label={labels.seqPadding}
          value={values.seqPadding}
          inputMode="numeric"
          error={errors['numbering.seqPadding']}
          onChange={(value) => set('seqPadding', value)}
        />
        <CheckboxField
          className="checkbox--inline"
          label={labels.yearlyReset}
          checked={values.yearlyReset}
          onChange={(yearlyReset) => set('yearlyReset', yearlyReset)}
        />
      </div>
      <div className="number-example" aria-live="polite">
        <span className="number-example__label">{labels.example}</span>
        {example.ok ? (
          <>
            <output className="number-example__value">{example.value}</output>
            <span className="number-example__note">
              {labels.exampleNote(exampleSeq, formatLongDate(date))}
            </span>
          </>
        ) : (
          <span className="number-example__problem">
            {example.message || labels.exampleUnavailable}
          </span>
        )}
      </div>
    </fieldset>
  );
}
