import { CheckboxField } from './CheckboxField';
import { FieldGroup } from './FieldGroup';
import type { FieldProps } from './useFieldState';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** A set of values as checkboxes, kept in the options' order, with its messages in place. */
export function CheckboxGroup<T extends string>({
  options,
  selected,
  onChange,
  ...props
}: Omit<FieldProps, 'note'> & {
  options: readonly CheckboxOption<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}) {
  const toggle = (value: T, checked: boolean) =>
    onChange(
      checked
        ? options.map((option) => option.value).filter((v) => v === value || selected.includes(v))
        : selected.filter((v) => v !== value),
    );
  return (
    <FieldGroup {...props} kind="checkbox-group">
      {() => (
        <div className="checkbox-group__options">
          {options.map((option) => (
            <CheckboxField
              key={option.value}
              label={option.label}
              hint={option.hint}
              checked={selected.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
            />
          ))}
        </div>
      )}
    </FieldGroup>
  );
}
