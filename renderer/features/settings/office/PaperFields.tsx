import type { PaperSize } from '../../../../shared/office/profile';
import { TextField } from '../form/TextField';
import { settingsLabels } from '../labels';
import type { ProfileFormErrors, ProfileFormValues } from './profileForm';

const labels = settingsLabels.profile;
const sides = ['top', 'right', 'bottom', 'left'] as const;

/** Paper size (F4 by default) and the page margins in millimetres. */
export function PaperFields({
  paperSize,
  margins,
  errors,
  onPaperSize,
  onMargins,
}: {
  paperSize: PaperSize;
  margins: ProfileFormValues['margins'];
  errors: ProfileFormErrors;
  onPaperSize: (size: PaperSize) => void;
  onMargins: (margins: ProfileFormValues['margins']) => void;
}) {
  const sizes: Array<[PaperSize, string]> = [
    ['F4', labels.paperF4],
    ['A4', labels.paperA4],
  ];
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{labels.paperHeading}</legend>
      <fieldset className="radio-row">
        <legend className="field__label">{labels.paperSize}</legend>
        {sizes.map(([size, label]) => (
          <label key={size} className="checkbox">
            <input
              type="radio"
              name="paper-size"
              checked={paperSize === size}
              onChange={() => onPaperSize(size)}
            />
            <span className="checkbox__label">{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-grid form-grid--four">
        {sides.map((side) => (
          <TextField
            key={side}
            label={labels.margin[side]}
            value={margins[side]}
            inputMode="numeric"
            error={errors[`margins.${side}`]}
            onChange={(value) => onMargins({ ...margins, [side]: value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
