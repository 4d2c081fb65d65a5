import type { ServiceStandard } from '../../../../shared/standards/schema';

export type StandardStatus = 'inForce' | 'superseded' | 'upcoming';

export interface StandardRow {
  standard: ServiceStandard;
  status: StandardStatus;
  /** The first row of its service carries the "offered" tick. */
  firstOfService: boolean;
}

/**
 * Every version of every service, grouped by service, newest version first, each with its
 * status on `today`: the latest version already effective is in force.
 */
export function standardRows(standards: readonly ServiceStandard[], today: string): StandardRow[] {
  const codes = [...new Set(standards.map((standard) => standard.serviceCode))].sort();
  return codes.flatMap((code) => {
    const versions = standards
      .filter((standard) => standard.serviceCode === code)
      .sort((a, b) => b.version - a.version);
    const inForce = versions
      .filter((standard) => standard.effectiveFrom <= today)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
    return versions.map((standard, i) => ({
      standard,
      status:
        standard === inForce
          ? 'inForce'
          : standard.effectiveFrom > today
            ? 'upcoming'
            : 'superseded',
      firstOfService: i === 0,
    }));
  });
}
