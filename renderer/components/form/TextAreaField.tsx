import type { TextareaHTMLAttributes } from 'react';
import { Field } from './Field';
import { splitFieldProps, type FieldProps } from './useFieldState';

type AreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange' | 'id' | keyof FieldProps
>;

/** A labelled multi-line field; with `ctrlEnterSubmits`, Ctrl+Enter saves its form. */
export function TextAreaField({
  value,
  onChange,
  ctrlEnterSubmits,
  rows = 3,
  ...props
}: FieldProps &
  AreaProps & {
    value: string;
    onChange: (value: string) => void;
    /** Ctrl+Enter in the field submits the form it belongs to (Enter makes a new line). */
    ctrlEnterSubmits?: boolean;
  }) {
  const [field, area] = splitFieldProps(props);
  return (
    <Field
      {...field}
      render={(control) => (
        <textarea
          {...area}
          {...control}
          className="field__input field__input--area"
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (ctrlEnterSubmits && event.key === 'Enter' && event.ctrlKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
      )}
    />
  );
}
