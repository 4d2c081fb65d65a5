import { fieldId } from './fieldId';
import { FieldMessages } from './FieldMessages';
import { useIssues } from './IssuesContext';

export function SelectField<V extends string>({
  field,
  label,
  hint,
  placeholder,
  options,
  value,
  onChange,
  className,
}: {
  field: string;
  label: string;
  hint?: string;
  placeholder: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | '';
  onChange: (value: V | '') => void;
  className?: string;
}) {
  const id = fieldId(field);
  const issues = useIssues(field);
  const invalid = issues.some((issue) => issue.severity === 'error');
  return (
    <div className={['intake-field', className].filter(Boolean).join(' ')}>
      <label className="intake-field__label" htmlFor={id}>
        {label}
        {hint ? <span className="intake-field__hint">{hint}</span> : null}
      </label>
      <select
        id={id}
        className="intake-field__input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-pesan`}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen ? chosen.value : '');
        }}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={`${id}-pesan`} issues={issues} />
    </div>
  );
}
