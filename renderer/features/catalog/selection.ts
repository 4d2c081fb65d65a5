import {
  CatalogError,
  serviceVersions,
  servicesInForce,
  standardInForce,
  type Catalog,
} from '../../../shared/standards/catalog';
import type { Office, ServiceStandard } from '../../../shared/standards/schema';
import { todayIn } from '../../../shared/dates/localDate';
import type { CatalogSelection } from './useCatalogStore';

export type VersionStatus = 'inForce' | 'superseded' | 'upcoming';

export interface VersionOption {
  standard: ServiceStandard;
  status: VersionStatus;
}

export interface CatalogView {
  office: Office | null;
  /** The office's calendar date the screen is working with. */
  today: string | null;
  services: ServiceStandard[];
  /** The standard on display, with every version of its service. */
  shown: { standard: ServiceStandard; status: VersionStatus; versions: VersionOption[] } | null;
}

/** Resolves the clerk's choice against the catalog and the office's date today. */
export function resolveView(catalog: Catalog, selection: CatalogSelection, now: Date): CatalogView {
  const office = catalog.offices.find((candidate) => candidate.id === selection.officeId);
  if (!office) return { office: null, today: null, services: [], shown: null };
  const today = todayIn(office.timeZone, now);
  const services = servicesInForce(catalog, office.id, today);
  if (!selection.serviceCode) return { office, today, services, shown: null };

  const all = versionsOf(catalog, office.id, selection.serviceCode);
  if (all.length === 0) return { office, today, services, shown: null };
  const inForce = inForceOrNull(catalog, office.id, selection.serviceCode, today);
  const versions = all.map((standard) => ({
    standard,
    status: statusOf(standard, inForce, today),
  }));
  const picked =
    versions.find((option) => option.standard.version === selection.version) ??
    versions.find((option) => option.status === 'inForce') ??
    versions.at(-1);
  if (!picked) return { office, today, services, shown: null };
  return { office, today, services, shown: { ...picked, versions } };
}

function versionsOf(catalog: Catalog, officeId: string, serviceCode: string): ServiceStandard[] {
  try {
    return serviceVersions(catalog, officeId, serviceCode);
  } catch (error) {
    if (error instanceof CatalogError) return [];
    throw error;
  }
}

function inForceOrNull(
  catalog: Catalog,
  officeId: string,
  serviceCode: string,
  today: string,
): ServiceStandard | null {
  try {
    return standardInForce(catalog, officeId, serviceCode, today);
  } catch (error) {
    if (error instanceof CatalogError) return null;
    throw error;
  }
}

function statusOf(
  standard: ServiceStandard,
  inForce: ServiceStandard | null,
  today: string,
): VersionStatus {
  if (inForce && standard.version === inForce.version) return 'inForce';
  return standard.effectiveFrom > today ? 'upcoming' : 'superseded';
}
