import { useId, useState } from 'react';
import { settingsLabels } from '../labels';

const labels = settingsLabels.letterhead;
const maxBytes = 300 * 1024;

/** Picks the regional emblem as a data URL, with a preview. */
export function EmblemField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (dataUrl: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const [readError, setReadError] = useState<string | null>(null);
  const shown = readError ?? error;

  const choose = (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    if (file.size > maxBytes) {
      setReadError(labels.emblemTooLarge);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') onChange(reader.result);
    };
    reader.onerror = () => setReadError(labels.emblemUnreadable);
    reader.readAsDataURL(file);
  };

  return (
    <div className="field emblem-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field__label">
        {labels.emblem}
      </span>
      <div className="emblem-field__row">
        {value ? (
          <img className="emblem-field__preview" src={value} alt={labels.emblemAlt} />
        ) : (
          <span className="emblem-field__none">{labels.emblemNone}</span>
        )}
        <input
          id={id}
          className="visually-hidden emblem-field__input"
          type="file"
          accept="image/png,image/jpeg,image/svg+xml"
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : undefined}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <label className="button button--secondary emblem-field__choose" htmlFor={id}>
          {labels.emblemChoose}
        </label>
        {value ? (
          <button type="button" className="button button--secondary" onClick={() => onChange('')}>
            {labels.emblemRemove}
          </button>
        ) : null}
      </div>
      {shown ? (
        <p id={`${id}-error`} className="field-error">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
