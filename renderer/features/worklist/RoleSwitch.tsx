import type { TurnRole } from '../../../shared/cases/records';
import { worklistLabels } from './labels';

/** For accounts with more than one working role: whose queue comes first. */
export function RoleSwitch({
  roles,
  value,
  onChange,
}: {
  roles: readonly TurnRole[];
  value: TurnRole;
  onChange(role: TurnRole): void;
}) {
  if (roles.length < 2) return null;
  return (
    <fieldset className="role-switch">
      <legend className="role-switch__legend">{worklistLabels.workAs}</legend>
      {roles.map((role) => (
        <label key={role} className="choice-pill">
          <input
            type="radio"
            name="bekerja-sebagai"
            value={role}
            checked={role === value}
            onChange={() => onChange(role)}
          />
          {worklistLabels.roles[role]}
        </label>
      ))}
    </fieldset>
  );
}
