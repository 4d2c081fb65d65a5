import tanggamus from './packs/tanggamus.json';
import mentawai from './packs/mentawai.json';
import padangPanjang from './packs/padang-panjang.json';
import bulukumba from './packs/bulukumba.json';
import solok from './packs/solok.json';
import { CatalogError, loadCatalog, type Catalog } from './catalog';

/** The five published standards the product started from, as raw data packs. */
export const seedPacks: ReadonlyArray<{ source: string; data: unknown }> = [
  { source: 'packs/tanggamus.json', data: tanggamus },
  { source: 'packs/mentawai.json', data: mentawai },
  { source: 'packs/padang-panjang.json', data: padangPanjang },
  { source: 'packs/bulukumba.json', data: bulukumba },
  { source: 'packs/solok.json', data: solok },
];

/** The seed catalog, validated. A broken seed is a build error, so this throws. */
export function seedCatalog(): Catalog {
  const result = loadCatalog(seedPacks);
  if (!result.ok) throw new CatalogError(result.message);
  return result.catalog;
}
