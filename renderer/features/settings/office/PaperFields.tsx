import type { PaperSize } from '../../../../shared/office/profile';
import { ChoiceGroup } from '../../../components/form/ChoiceGroup';
import { TextField } from '../../../components/form/TextField';
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
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">{labels.paperHeading}</legend>
      <ChoiceGroup
        field="paperSize"
        label={labels.paperSize}
        value={paperSize}
        choices={[
          { value: 'F4', label: labels.paperF4 },
          { value: 'A4', label: labels.paperA4 },
        ]}
        onChange={onPaperSize}
      />
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
