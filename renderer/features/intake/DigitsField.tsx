import { useState } from 'react';
import { intakeLabels } from './labels';
import { TextField } from './TextField';

/**
 * A number of fixed length (NIK, No. KK, card number). While the clerk is still typing it,
 * a count replaces the length error; letters, impossible dates or contradictions show at once.
 */
export function DigitsField({
  field,
  label,
  hint,
  value,
  length,
  onChange,
  className,
  note,
}: {
  field: string;
  label: string;
  hint?: string;
  value: string;
  length: number;
  onChange: (value: string) => void;
  className?: string;
  note?: string;
}) {
  const [focused, setFocused] = useState(false);
  const digits = value.replace(/\s/g, '');
  const typing = focused && /^\d*$/.test(digits) && digits.length < length;
  return (
    <TextField
      field={field}
      label={label}
      {...(hint ? { hint } : {})}
      {...(className ? { className } : {})}
      value={value}
      onChange={onChange}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxLength={length + 6}
      hideIssues={typing}
      note={
        typing && digits.length > 0 ? intakeLabels.person.digitsTyped(digits.length, length) : note
      }
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    />
  );
}
