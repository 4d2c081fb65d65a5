// The region table, fetched once and only when a screen needs it: the asset is about 1 MB.
import regionsUrl from '../../../assets/generated/regions.json?url';
import { createRegionTable, type RegionAsset, type RegionTable } from '../../../shared/validate';
import { regionLabels } from './labels';

let loading: Promise<RegionTable> | undefined;

/**
 * Loads and caches the table; a failed load is forgotten so the next call tries again, and
 * rejects with an Indonesian message that names the cause.
 */
export function loadRegionTable(): Promise<RegionTable> {
  loading ??= fetchTable().catch((error: unknown) => {
    loading = undefined;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${regionLabels.loadFailed} (${detail})`, { cause: error });
  });
  return loading;
}

async function fetchTable(): Promise<RegionTable> {
  const response = await fetch(regionsUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${regionsUrl}`);
  const asset = (await response.json()) as RegionAsset;
  return createRegionTable(asset);
}
