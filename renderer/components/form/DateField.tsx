import { formLabels } from './labels';
import { TextField } from './TextField';
import { classes, type FieldProps } from './useFieldState';

/** A date typed day first (`24-11-2026`); the form checks it (see `dateProblem`). */
export function DateField({
  className,
  value,
  onChange,
  ...props
}: FieldProps & { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      {...props}
      className={classes('field--date', className)}
      value={value}
      onChange={onChange}
      inputMode="numeric"
      autoComplete="off"
      placeholder={formLabels.datePlaceholder}
    />
  );
}
