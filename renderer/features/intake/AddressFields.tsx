import type { RegionLevel } from '../../../shared/validate';
import { levelKey } from '../regions/regionCodes';
import { RegionPicker } from '../regions/RegionPicker';
import type { AddressDraft } from './draft';
import { fieldId } from '../../components/form/fieldId';
import { hasError } from '../../components/form/fieldMessage';
import { FieldMessages } from '../../components/form/FieldMessages';
import { useFieldMessages } from '../../components/form/FieldMessagesContext';
import { TextField } from '../../components/form/TextField';
import { intakeLabels } from './labels';

const labels = intakeLabels.person;

/** Region from province to village, then street and RT/RW. */
export function AddressFields({
  root,
  address,
  onChange,
  suggestion,
}: {
  /** `applicant.address` or `subject.address`. */
  root: string;
  address: AddressDraft;
  onChange: (patch: Partial<AddressDraft>) => void;
  /** A shortcut offered above the picker (the region of the NIK). */
  suggestion?: { label: string; apply: () => void };
}) {
  const villageField = `${root}.villageCode`;
  const villageIssues = useFieldMessages(villageField);
  const messagesId = `${fieldId(villageField)}-pesan`;
  const levels: RegionLevel[] = ['province', 'regency', 'district', 'village'];
  const firstEmpty = levels.find((level) => address[levelKey(level)] === '');
  return (
    <fieldset className="intake-address" id={fieldId(villageField)}>
      <legend className="intake-subheading">{labels.addressHeading}</legend>
      {suggestion ? (
        <button
          type="button"
          className="button button--link intake-address__suggest"
          onClick={suggestion.apply}
        >
          {suggestion.label}
        </button>
      ) : null}
      <RegionPicker
        idPrefix={fieldId(root)}
        value={address}
        onChange={(codes) => onChange(codes)}
        describedBy={messagesId}
        invalidLevels={hasError(villageIssues) && firstEmpty ? [firstEmpty] : []}
      />
      <FieldMessages id={messagesId} messages={villageIssues} />
      <div className="field-grid">
        <TextField
          field={`${root}.street`}
          label={labels.street}
          className="span-8"
          value={address.street}
          autoComplete="off"
          onChange={(street) => onChange({ street })}
        />
        <TextField
          field={`${root}.rt`}
          label={labels.rt}
          className="span-2"
          value={address.rt}
          inputMode="numeric"
          maxLength={3}
          onChange={(rt) => onChange({ rt })}
        />
        <TextField
          field={`${root}.rw`}
          label={labels.rw}
          className="span-2"
          value={address.rw}
          inputMode="numeric"
          maxLength={3}
          onChange={(rw) => onChange({ rw })}
        />
      </div>
    </fieldset>
  );
}
