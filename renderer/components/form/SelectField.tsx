import { Field } from './Field';
import type { FieldProps } from './useFieldState';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A labelled drop-down; with a placeholder its first entry is "none chosen yet" (`''`). */
export function SelectField<V extends string>({
  options,
  value,
  onChange,
  placeholder,
  ...props
}: FieldProps & {
  options: ReadonlyArray<SelectOption<V>>;
  value: V | '';
  onChange: (value: V | '') => void;
  /** The empty first choice ("Pilih …"). */
  placeholder?: string;
}) {
  return (
    <Field
      {...props}
      render={(control) => (
        <select
          {...control}
          className="field__input"
          value={value}
          onChange={(event) =>
            onChange(options.find((option) => option.value === event.target.value)?.value ?? '')
          }
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
