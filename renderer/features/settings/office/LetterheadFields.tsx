import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';
import { EmblemField } from './EmblemField';
import type { LetterheadErrors, LetterheadField, LetterheadValues } from './letterheadForm';
import { LetterheadPreview } from './LetterheadPreview';
import './letterhead.css';

const labels = settingsLabels.letterhead;

/** The kop surat and the monthly cut-off days; used by the first start and the settings. */
export function LetterheadFields({
  values,
  errors,
  onChange,
}: {
  values: LetterheadValues;
  errors: LetterheadErrors;
  onChange: (field: LetterheadField, value: string) => void;
}) {
  const text = (
    field: LetterheadField,
    label: string,
    extra: {
      hint?: string;
      autoComplete?: string;
      inputMode?: 'numeric' | 'tel' | 'email' | 'url';
      className?: string;
    } = {},
  ) => (
    <TextField
      label={label}
      value={values[field]}
      error={errors[field]}
      onChange={(value) => onChange(field, value)}
      {...extra}
    />
  );
  return (
    <div className="letterhead-fields">
      <fieldset className="form-section">
        <legend className="form-section__title">{labels.heading}</legend>
        <p className="form-section__intro">{labels.intro}</p>
        <div className="form-grid">
          {text('government', labels.government, {
            hint: labels.governmentHint,
            className: 'form-grid__wide',
          })}
          {text('name', labels.name)}
          {text('unit', labels.unit)}
          {text('street', labels.street, {
            className: 'form-grid__wide',
            autoComplete: 'street-address',
          })}
          {text('locality', labels.locality)}
          {text('postalCode', labels.postalCode, {
            inputMode: 'numeric',
            autoComplete: 'postal-code',
          })}
          {text('city', labels.city, { hint: labels.cityHint })}
          {text('phone', labels.phone, { inputMode: 'tel' })}
          {text('email', labels.email, { inputMode: 'email' })}
          {text('website', labels.website, { inputMode: 'url' })}
        </div>
        <EmblemField
          value={values.emblem}
          error={errors.emblem}
          onChange={(value) => onChange('emblem', value)}
        />
        <LetterheadPreview values={values} />
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{labels.cutoffHeading}</legend>
        {text('cutoffDays', labels.cutoffDays, { hint: labels.cutoffHint, inputMode: 'numeric' })}
      </fieldset>
    </div>
  );
}
