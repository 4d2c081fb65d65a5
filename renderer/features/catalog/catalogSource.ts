import type { Catalog } from '../../../shared/standards/catalog';
import { seedCatalog } from '../../../shared/standards/seeds';

export type CatalogLoad = { ok: true; catalog: Catalog } | { ok: false; message: string };

let loaded: CatalogLoad | undefined;

/**
 * The catalog the screen shows, validated once. A broken pack must not blank the
 * window: the screen shows the validation message instead.
 */
export function loadCatalogOnce(): CatalogLoad {
  if (!loaded) {
    try {
      loaded = { ok: true, catalog: seedCatalog() };
    } catch (error) {
      loaded = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  return loaded;
}
