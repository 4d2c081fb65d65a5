import { registryNameSchema, type RegistryName } from '../../../shared/standards/schema';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { RegistryDraft } from './draft';
import { intakeLabels } from './labels';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.registry;
const deciles = Array.from({ length: 10 }, (_, i) => String(i + 1));

/**
 * The DTSEN/DTKS check: which registry, listed or not, the decile, whether the data match the
 * papers (where the standard branches on it), when and by whom. The intake's step and the case
 * screen's dialog both record it with these fields.
 */
export function RegistryFields({
  values,
  profile,
  onChange,
}: {
  values: RegistryDraft;
  profile: TrackProfile;
  onChange: (patch: Partial<RegistryDraft>) => void;
}) {
  // Newest first: DTSEN replaced DTKS (Inpres 4/2025).
  const offered: readonly RegistryName[] =
    profile.registries.length > 0 ? profile.registries : [...registryNameSchema.options].reverse();
  const asksDecile =
    values.listed === 'yes' && (values.registry === 'DTSEN' || profile.maxDecile !== undefined);
  return (
    <>
      <ChoiceGroup
        field="registry.registry"
        label={labels.registry}
        layout="list"
        value={values.registry}
        choices={offered.map((name) => ({ value: name, label: intakeLabels.registries[name] }))}
        onChange={(name) =>
          onChange({
            registry: name,
            ...(name === 'DTSEN' || profile.maxDecile !== undefined ? {} : { decile: '' }),
          })
        }
      />
      <div className="field-grid">
        <ChoiceGroup
          field="registry.listed"
          label={labels.listed}
          className="span-6"
          value={values.listed}
          choices={[
            { value: 'yes', label: labels.listedYes },
            { value: 'no', label: labels.listedNo },
          ]}
          onChange={(listed) => onChange({ listed })}
        />
        {asksDecile ? (
          <SelectField
            field="registry.decile"
            label={labels.decile}
            hint={labels.decileHint(profile.maxDecile)}
            placeholder={labels.decileNone}
            className="span-6"
            options={deciles.map((decile) => ({ value: decile, label: decile }))}
            value={deciles.includes(values.decile) ? values.decile : ''}
            onChange={(decile) => onChange({ decile })}
          />
        ) : null}
      </div>
      {profile.asksDataMatches ? (
        <ChoiceGroup
          field="registry.dataMatches"
          label={labels.dataMatches}
          value={values.dataMatches}
          choices={[
            { value: 'yes', label: labels.dataMatchesYes },
            { value: 'no', label: labels.dataMatchesNo },
          ]}
          onChange={(dataMatches) => onChange({ dataMatches })}
        />
      ) : null}
      <div className="field-grid">
        <DateField
          field="registry.checkedOn"
          label={labels.checkedOn}
          className="span-4"
          value={values.checkedOn}
          onChange={(checkedOn) => onChange({ checkedOn })}
        />
        <TextField
          field="registry.officer"
          label={labels.officer}
          className="span-8"
          autoComplete="off"
          value={values.officer}
          onChange={(officer) => onChange({ officer })}
        />
      </div>
    </>
  );
}
