import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';
import { splitFieldProps, type FieldProps } from './useFieldState';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'id' | keyof FieldProps
>;

/** A labelled one-line input with its hint and messages in place. */
export function TextField({
  value,
  onChange,
  ...props
}: FieldProps & InputProps & { value: string; onChange: (value: string) => void }) {
  const [field, input] = splitFieldProps(props);
  return (
    <Field
      {...field}
      render={(control) => (
        <input
          {...input}
          {...control}
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    />
  );
}
