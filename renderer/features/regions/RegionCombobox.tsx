import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Region } from '../../../shared/validate';
import { dottedRegionCode } from '../../../shared/validate';
import { exactRegion, filterRegions } from './filterRegions';
import { regionLabels } from './labels';

export interface RegionComboboxProps {
  id: string;
  label: string;
  options: readonly Region[];
  /** Undotted code of the chosen region, `''` when none. */
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
  disabledHint?: string;
  invalid?: boolean;
  /** Ids of messages shown under the field. */
  describedBy?: string;
}

/**
 * An ARIA 1.2 combobox over one level of regions: type to filter, ↑/↓ to move, Enter or Tab
 * to take the highlighted one, Escape to close or undo the typing.
 */
export function RegionCombobox(props: RegionComboboxProps) {
  const { id, label, options, value, onChange, disabled, disabledHint, invalid } = props;
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const selected = options.find((region) => region.code === value);
  const shown = useMemo(() => filterRegions(options, query ?? ''), [options, query]);
  const activeRegion = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const optionId = (code: string) => `${id}-pilihan-${code}`;

  useEffect(() => {
    if (!activeRegion) return;
    document.getElementById(optionId(activeRegion.code))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(region: Region | undefined) {
    if (region && region.code !== value) onChange(region.code);
    setQuery(null);
    setOpen(false);
  }

  function move(delta: number) {
    if (!open) {
      setOpen(true);
      setActive(
        Math.max(
          0,
          shown.findIndex((region) => region.code === value),
        ),
      );
      return;
    }
    setActive((current) => Math.min(Math.max(current + delta, 0), shown.length - 1));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(event.altKey ? 0 : 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        if (open) {
          event.preventDefault();
          move(10);
        }
        break;
      case 'PageUp':
        if (open) {
          event.preventDefault();
          move(-10);
        }
        break;
      case 'Enter':
        if (open) {
          event.preventDefault();
          choose(activeRegion);
        }
        break;
      case 'Tab':
        if (open && query) choose(activeRegion);
        break;
      case 'Escape':
        if (open || query !== null) event.preventDefault();
        if (open) setOpen(false);
        else setQuery(null);
        break;
    }
  }

  function onBlur() {
    if (query !== null) choose(exactRegion(options, query));
    setOpen(false);
  }

  return (
    <div className="region-combobox">
      <label className="region-combobox__label" htmlFor={id}>
        {label}
      </label>
      <div className="region-combobox__control">
        <input
          id={id}
          className="region-combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeRegion ? optionId(activeRegion.code) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={props.describedBy}
          disabled={disabled}
          placeholder={disabled ? disabledHint : regionLabels.placeholder}
          value={query ?? selected?.name ?? ''}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {selected ? (
          <span className="region-combobox__code code" aria-hidden="true">
            {dottedRegionCode(selected.code)}
          </span>
        ) : null}
      </div>
      <div className="region-combobox__popup" hidden={!open}>
        <ul id={listId} className="region-combobox__list" role="listbox" aria-label={label}>
          {shown.map((region) => (
            <li
              key={region.code}
              id={optionId(region.code)}
              role="option"
              aria-selected={region === activeRegion}
              className="region-combobox__option"
              data-chosen={region.code === value || undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(region)}
            >
              <span>{region.name}</span>
              <span className="code muted">{dottedRegionCode(region.code)}</span>
            </li>
          ))}
          {shown.length === 0 ? (
            <li className="region-combobox__empty" role="presentation">
              {regionLabels.noMatch(query ?? '')}
            </li>
          ) : null}
        </ul>
        <p className="region-combobox__status" aria-live="polite">
          {open ? regionLabels.count(shown.length, options.length) : ''}
          <span className="muted"> · {regionLabels.hint}</span>
        </p>
      </div>
    </div>
  );
}
