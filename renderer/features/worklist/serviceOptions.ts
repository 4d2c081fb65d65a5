import { servicesInForce, type Catalog } from '../../../shared/standards/catalog';
import type { ServiceStandard } from '../../../shared/standards/schema';
import type { ServiceOption } from './WorklistFilters';

/** The office's services in force today, by their shortest published name (the track's, when there is one). */
export function serviceOptions(
  catalog: Catalog,
  officeId: string,
  today: string,
  offered?: readonly string[],
): ServiceOption[] {
  let standards: ServiceStandard[];
  try {
    standards = servicesInForce(catalog, officeId, today);
  } catch {
    return [];
  }
  return standards
    .filter(
      (standard) => !offered || offered.length === 0 || offered.includes(standard.serviceCode),
    )
    .map((standard) => ({
      code: standard.serviceCode,
      label:
        standard.tracks.length === 1
          ? (standard.tracks[0]?.label ?? standard.title)
          : standard.title,
    }));
}
