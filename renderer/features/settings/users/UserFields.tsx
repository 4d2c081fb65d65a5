import { grades, rankLabel } from '../../../../shared/users/ranks';
import { staffRoles, type StaffRole } from '../../../../shared/workflow/types';
import { roleNames } from '../../auth/labels';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';
import type { UserFormErrors, UserFormValues } from './userForm';

const labels = settingsLabels.userForm;
const roleOptions = staffRoles.map((role) => ({
  value: role,
  label: roleNames[role],
  hint: settingsLabels.roleHints[role],
}));
const rankOptions = grades.map((grade) => ({ value: grade, label: rankLabel(grade) }));

/** Name, roles, posts, and NIP and rank for signers; used by the first start and the settings. */
export function UserFields({
  values,
  errors,
  knownPositions,
  onChange,
}: {
  values: UserFormValues;
  errors: UserFormErrors;
  /** The posts of the office's paraf chains and signers, offered as ticks. */
  knownPositions: readonly string[];
  onChange: (values: UserFormValues) => void;
}) {
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const signs = values.roles.includes('signer');
  return (
    <div className="user-fields">
      <TextField
        label={labels.name}
        value={values.name}
        error={errors.name}
        autoComplete="off"
        onChange={(value) => set('name', value)}
      />
      <CheckboxGroup<StaffRole>
        label={labels.roles}
        options={roleOptions}
        selected={values.roles}
        error={errors.roles}
        className="checkbox-group--columns"
        onChange={(roles) => set('roles', roles)}
      />
      <div className="user-fields__positions">
        {knownPositions.length > 0 ? (
          <CheckboxGroup<string>
            label={labels.positions}
            options={knownPositions.map((position) => ({ value: position, label: position }))}
            selected={values.positions}
            error={errors.positions}
            className="checkbox-group--columns"
            onChange={(positions) => set('positions', positions)}
          />
        ) : null}
        <TextField
          label={knownPositions.length > 0 ? labels.otherPositions : labels.positions}
          value={values.otherPositions}
          error={knownPositions.length > 0 ? undefined : errors.positions}
          hint={labels.positionsHint}
          onChange={(value) => set('otherPositions', value)}
        />
      </div>
      {signs ? (
        <div className="form-grid">
          <TextField
            label={labels.nip}
            value={values.nip}
            error={errors.nip}
            inputMode="numeric"
            autoComplete="off"
            onChange={(value) => set('nip', value)}
          />
          <SelectField
            label={labels.rank}
            value={values.rank}
            options={rankOptions}
            placeholder={labels.rankPlaceholder}
            error={errors.rank}
            onChange={(value) => set('rank', value)}
          />
        </div>
      ) : null}
    </div>
  );
}
