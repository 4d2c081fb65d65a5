import { useState } from 'react';
import { formLabels } from './labels';
import { TextField } from './TextField';
import type { FieldProps } from './useFieldState';

/**
 * A number of fixed length (NIK, No. KK, card number). While the clerk is still typing it,
 * a count replaces the length error; letters, impossible dates or contradictions show at once.
 */
export function DigitsField({
  value,
  length,
  onChange,
  note,
  ...props
}: FieldProps & {
  value: string;
  length: number;
  onChange: (value: string) => void;
}) {
  const [focused, setFocused] = useState(false);
  const digits = value.replace(/\s/g, '');
  const typing = focused && /^\d*$/.test(digits) && digits.length < length;
  return (
    <TextField
      {...props}
      value={value}
      onChange={onChange}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={length + 6}
      hideMessages={typing}
      note={typing && digits.length > 0 ? formLabels.digitsTyped(digits.length, length) : note}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    />
  );
}
