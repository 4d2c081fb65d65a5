import { useCallback } from 'react';
import { holidayDates } from '../../../shared/workflow';
import type { ExecuteContext } from '../../db/executeCommand';
import { useSession } from '../auth/useSession';
import { loadCatalogOnce } from '../catalog/catalogSource';

const holidays = holidayDates();

/**
 * Who acts, on which device, for which office: a fresh context (with the time of
 * the click) for each command, or null before sign-in or with a broken catalog.
 */
export function useCommandContext(): () => ExecuteContext | null {
  const actor = useSession((state) => state.actor);
  const deviceId = useSession((state) => state.deviceId);
  const office = useSession((state) => state.office);
  return useCallback(() => {
    const loaded = loadCatalogOnce();
    if (!actor || !deviceId || !office || !loaded.ok) return null;
    return { actor, deviceId, office, catalog: loaded.catalog, holidays, now: new Date() };
  }, [actor, deviceId, office]);
}
