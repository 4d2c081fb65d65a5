import { loadCatalog, servicesInForce, standardInForce } from '../shared/standards/catalog';
import { seedPacks } from '../shared/standards/seeds';
import type { Benchmark } from './types';

const LOOKUPS = 10_000;
const packText = seedPacks.map(({ source, data }) => ({ source, text: JSON.stringify(data) }));
const bytes = packText.reduce((sum, pack) => sum + pack.text.length, 0);

function load() {
  const result = loadCatalog(
    packText.map(({ source, text }) => ({ source, data: JSON.parse(text) })),
  );
  if (!result.ok) throw new Error(result.message);
  return result.catalog;
}

const catalog = load();

export const benchmarks: Benchmark[] = [
  {
    name: 'catalog: parse + validate the five seed packs',
    run: () => {
      load();
      return {
        figures: { bytes, standards: catalog.packs.flatMap((pack) => pack.standards).length },
      };
    },
  },
  {
    name: `catalog: ${LOOKUPS.toLocaleString('en')} version-in-force lookups`,
    ops: LOOKUPS,
    run: () => {
      for (let i = 0; i < LOOKUPS; i++) {
        const date = i % 2 === 0 ? '2026-03-31' : '2026-04-01';
        standardInForce(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', date);
      }
      servicesInForce(catalog, 'dinsos-solok', '2026-11-23');
    },
  },
];
