import type { InputHTMLAttributes, ReactNode } from 'react';
import { fieldId } from './fieldId';
import { FieldMessages } from './FieldMessages';
import { useIssues } from './IssuesContext';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

/** A labelled input for one draft field, with its issues in place. */
export function TextField({
  field,
  label,
  value,
  onChange,
  hint,
  note,
  className,
  hideIssues,
  ...input
}: InputProps & {
  /** Draft path (`applicant.nik`): the id, and where its issues come from. */
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** A neutral line under the field (the phone as it will be stored, a digit count). */
  note?: ReactNode;
  /** While typing a number not yet complete, its length problems are not news. */
  hideIssues?: boolean;
}) {
  const id = fieldId(field);
  const issues = useIssues(field);
  const shown = hideIssues ? [] : issues;
  const invalid = shown.some((issue) => issue.severity === 'error');
  const hintId = `${id}-hint`;
  const messagesId = `${id}-pesan`;
  return (
    <div className={['intake-field', className].filter(Boolean).join(' ')}>
      <label className="intake-field__label" htmlFor={id}>
        {label}
        {hint ? (
          <span id={hintId} className="intake-field__hint">
            {hint}
          </span>
        ) : null}
      </label>
      <input
        {...input}
        id={id}
        className="intake-field__input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : '', messagesId].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldMessages id={messagesId} issues={shown} note={note} />
    </div>
  );
}
