import type { ReactNode } from 'react';
import { fieldId } from './fieldId';
import { FieldMessages } from './FieldMessages';
import { useIssues } from './IssuesContext';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Radio buttons for one draft field: arrow keys move between the choices, as in every
 * native radio group. `cards` lays them out as large tiles, `inline` as a compact row.
 */
export function ChoiceGroup<V extends string>({
  field,
  legend,
  hint,
  choices,
  value,
  onChange,
  layout = 'inline',
  className,
  legendHidden,
}: {
  field: string;
  legend: string;
  hint?: string;
  choices: ReadonlyArray<Choice<V>>;
  value: V | '';
  onChange: (value: V) => void;
  layout?: 'inline' | 'cards' | 'list';
  className?: string;
  /** The legend is read out but not shown (the row already says what it is about). */
  legendHidden?: boolean;
}) {
  const id = fieldId(field);
  const issues = useIssues(field);
  const invalid = issues.some((issue) => issue.severity === 'error');
  return (
    <fieldset
      id={id}
      className={['intake-choices', `intake-choices--${layout}`, className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={`${id}-pesan`}
      aria-invalid={invalid || undefined}
    >
      <legend className={legendHidden ? 'visually-hidden' : 'intake-field__label'}>
        {legend}
        {hint ? <span className="intake-field__hint">{hint}</span> : null}
      </legend>
      <div className="intake-choices__options">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="intake-choice"
            data-checked={choice.value === value || undefined}
          >
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="intake-choice__text">
              <span className="intake-choice__label">{choice.label}</span>
              {choice.hint ? <span className="intake-choice__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <FieldMessages id={`${id}-pesan`} issues={issues} />
    </fieldset>
  );
}
