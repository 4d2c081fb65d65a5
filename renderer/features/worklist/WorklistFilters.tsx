import type { CaseStatus } from '../../../shared/workflow';
import { worklistLabels } from './labels';
import type { MonthOption } from './months';
import type { WorklistFilters as Filters } from './worklistSource';

export interface ServiceOption {
  code: string;
  label: string;
}

const statuses = Object.keys(worklistLabels.statuses) as CaseStatus[];

interface WorklistFiltersProps {
  filters: Filters;
  services: readonly ServiceOption[];
  months: readonly MonthOption[];
  onChange(patch: Partial<Filters>): void;
  onReset(): void;
}

/** Service, status and month of registration; changing one goes back to the first page. */
export function WorklistFilters({
  filters,
  services,
  months,
  onChange,
  onReset,
}: WorklistFiltersProps) {
  const narrowed =
    filters.serviceCode !== undefined || filters.month !== undefined || filters.status !== 'open';
  return (
    <div className="filters" role="group" aria-label={worklistLabels.filters.label}>
      <label className="filters__field">
        <span className="filters__label">{worklistLabels.filters.service}</span>
        <select
          className="filters__select filters__select--wide"
          value={filters.serviceCode ?? ''}
          onChange={(event) => onChange({ serviceCode: event.target.value || undefined })}
        >
          <option value="">{worklistLabels.filters.allServices}</option>
          {services.map((service) => (
            <option key={service.code} value={service.code}>
              {service.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="filters__label">{worklistLabels.filters.status}</span>
        <select
          className="filters__select"
          value={filters.status}
          onChange={(event) =>
            onChange({ status: statuses.find((status) => status === event.target.value) ?? 'open' })
          }
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {worklistLabels.statuses[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span className="filters__label">{worklistLabels.filters.month}</span>
        <select
          className="filters__select"
          value={filters.month ?? ''}
          onChange={(event) => onChange({ month: event.target.value || undefined })}
        >
          <option value="">{worklistLabels.filters.allMonths}</option>
          {months.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </select>
      </label>
      {narrowed ? (
        <button type="button" className="button button--link filters__reset" onClick={onReset}>
          {worklistLabels.filters.reset}
        </button>
      ) : null}
    </div>
  );
}
