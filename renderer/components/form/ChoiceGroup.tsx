import type { ReactNode } from 'react';
import { FieldGroup } from './FieldGroup';
import type { FieldProps } from './useFieldState';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Radio buttons for one value: arrow keys move between the choices, as in every native radio
 * group. `inline` is a compact row, `cards` large tiles, `list` one choice a line.
 */
export function ChoiceGroup<V extends string>({
  choices,
  value,
  onChange,
  layout = 'inline',
  ...props
}: Omit<FieldProps, 'note'> & {
  choices: ReadonlyArray<Choice<V>>;
  value: V | '';
  onChange: (value: V) => void;
  layout?: 'inline' | 'cards' | 'list';
  /** The legend is read out but not shown (the row already says what it is about). */
  legendHidden?: boolean;
}) {
  return (
    <FieldGroup {...props} kind={`radio-group radio-group--${layout}`}>
      {(name) => (
        <div className="radio-group__options">
          {choices.map((choice) => (
            <label
              key={choice.value}
              className="radio-choice"
              data-checked={choice.value === value || undefined}
            >
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
              />
              <span className="radio-choice__text">
                <span className="radio-choice__label">{choice.label}</span>
                {choice.hint ? <span className="radio-choice__hint">{choice.hint}</span> : null}
              </span>
            </label>
          ))}
        </div>
      )}
    </FieldGroup>
  );
}
