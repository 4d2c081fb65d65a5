import type { RegionLevel, RegionTable } from '../../../shared/validate';
import { regionLabels } from './labels';
import { RegionCombobox } from './RegionCombobox';
import { levelKey, setRegionLevel, type RegionCodes } from './regionCodes';
import { useRegionTable } from './useRegionTable';
import './regions.css';

export interface RegionPickerProps {
  /** Prefix of the four inputs' ids (`${idPrefix}-province`, …). */
  idPrefix: string;
  value: RegionCodes;
  onChange: (value: RegionCodes) => void;
  /** Per level: ids of messages under the picker and whether the level is in error. */
  describedBy?: string;
  invalidLevels?: readonly RegionLevel[];
}

const levels: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/** Province → regency → district → village; choosing a level clears the levels below it. */
export function RegionPicker(props: RegionPickerProps) {
  const state = useRegionTable();
  if (state.status === 'loading') {
    return <p className="region-picker__status muted">{regionLabels.loading}</p>;
  }
  if (state.status === 'error') {
    return (
      <p className="region-picker__status" role="alert">
        {regionLabels.loadFailed}{' '}
        <button type="button" className="button button--link" onClick={state.retry}>
          {regionLabels.retry}
        </button>
      </p>
    );
  }
  return <RegionLevels {...props} table={state.table} />;
}

function RegionLevels({
  idPrefix,
  value,
  onChange,
  describedBy,
  invalidLevels = [],
  table,
}: RegionPickerProps & { table: RegionTable }) {
  const parents: Record<RegionLevel, string | undefined> = {
    province: '',
    regency: value.provinceCode || undefined,
    district: value.regencyCode || undefined,
    village: value.districtCode || undefined,
  };
  return (
    <div className="region-picker">
      {levels.map((level) => {
        const parent = parents[level];
        return (
          <RegionCombobox
            key={level}
            id={`${idPrefix}-${level}`}
            label={regionLabels.levels[level]}
            options={parent === undefined ? [] : table.children(parent)}
            value={value[levelKey(level)]}
            onChange={(code) => onChange(setRegionLevel(value, level, code))}
            disabled={parent === undefined}
            disabledHint={regionLabels.chooseParentFirst[level]}
            invalid={invalidLevels.includes(level)}
            describedBy={describedBy}
          />
        );
      })}
    </div>
  );
}
