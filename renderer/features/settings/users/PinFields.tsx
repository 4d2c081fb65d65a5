import { TextField } from '../../../components/form/TextField';
import { settingsLabels } from '../labels';

const labels = settingsLabels.userForm;

export interface PinValues {
  pin: string;
  repeat: string;
}

export const emptyPin: PinValues = { pin: '', repeat: '' };

/** A new PIN typed twice. Never stored as typed: the caller hashes it. */
export function PinFields({
  values,
  error,
  onChange,
}: {
  values: PinValues;
  error?: string | undefined;
  onChange: (values: PinValues) => void;
}) {
  const digits = (value: string) => value.replace(/\D/g, '').slice(0, 6);
  return (
    <div className="form-grid">
      <TextField
        label={labels.pin}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={6}
        value={values.pin}
        hint={labels.pinHint}
        error={error}
        onChange={(pin) => onChange({ ...values, pin: digits(pin) })}
      />
      <TextField
        label={labels.pinRepeat}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={6}
        value={values.repeat}
        onChange={(repeat) => onChange({ ...values, repeat: digits(repeat) })}
      />
    </div>
  );
}
