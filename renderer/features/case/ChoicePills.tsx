import { useId } from 'react';

export interface PillChoice<V> {
  value: V;
  label: string;
}

/** A radio group drawn as pills in one row; arrow keys move between them like any radio group. */
export function ChoicePills<V extends string | boolean>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: ReadonlyArray<PillChoice<NoInfer<V>>>;
  value: V;
  onChange(value: NoInfer<V>): void;
}) {
  const name = useId();
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      <div className="pills">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice-pill">
            <input
              type="radio"
              name={name}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
