import { classes } from './useFieldState';

/** One yes/no tick with its label (and a hint under it); the whole box is clickable. */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
  className,
}: {
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <label className={classes('checkbox', className)}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="checkbox__text">
        <span className="checkbox__label">{label}</span>
        {hint ? <span className="checkbox__hint">{hint}</span> : null}
      </span>
    </label>
  );
}
