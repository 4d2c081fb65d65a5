import type { KeyboardEvent, Ref } from 'react';
import { worklistLabels } from './labels';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  /** Arrow down or Enter: on to the results. */
  onLeave(): void;
  ref?: Ref<HTMLInputElement>;
}

/** The search box: NIK, name, KK or letter number; "/" anywhere on the screen comes here. */
export function SearchBox({ value, onChange, onLeave, ref }: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'ArrowDown' || (event.key === 'Enter' && value !== '')) {
      event.preventDefault();
      onLeave();
    }
  };
  return (
    <div className="search">
      <label className="search__label" htmlFor="cari-kasus">
        {worklistLabels.search.label}
      </label>
      <input
        ref={ref}
        id="cari-kasus"
        className="search__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={worklistLabels.search.placeholder}
        title={worklistLabels.search.hint}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
