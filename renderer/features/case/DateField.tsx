import type { CommandError } from '../../../shared/commands/types';
import { parseTypedDate } from '../intake/typedDate';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';

interface DateFieldProps {
  id: string;
  label: string;
  optional?: boolean;
  value: string;
  onChange(text: string): void;
  /** Show the format problem (after a first try to save). */
  checked: boolean;
  errors: readonly CommandError[];
  field: string;
}

/** A date typed day first (`24-11-2026`), as on the intake form; the problem shows under it. */
export function DateField({
  id,
  label,
  optional,
  value,
  onChange,
  checked,
  errors,
  field,
}: DateFieldProps) {
  const parsed = parseTypedDate(value);
  const problem =
    !checked || parsed.ok || (optional && parsed.problem === 'empty')
      ? undefined
      : caseLabels.date[parsed.problem](label);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> {caseLabels.dialog.optional}</span> : null}
      </label>
      <input
        id={id}
        className="field__input field__input--date"
        inputMode="numeric"
        autoComplete="off"
        placeholder={caseLabels.date.placeholder}
        aria-invalid={problem ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem ? <p className="field__error">{problem}</p> : null}
      <FieldError id={`${id}-galat`} errors={errors} field={field} />
    </div>
  );
}
