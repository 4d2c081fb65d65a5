import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../shared/standards/seeds';
import { serviceOptions } from './serviceOptions';

const catalog = seedCatalog();

describe('serviceOptions', () => {
  it('names a one-track service by its track, a service with tracks by its title', () => {
    expect(serviceOptions(catalog, 'dinsos-tanggamus', '2026-07-20')).toEqual([
      { code: 'REK-PBPU-PEMDA', label: 'Surat Pengantar/Rekomendasi' },
    ]);
    expect(serviceOptions(catalog, 'dinsos-solok', '2026-07-20')[0]?.label).toMatch(
      /^Layanan Rekomendasi\/Pengusulan BPJS Gratis/,
    );
  });

  it('keeps to the services the office offers, and survives an unknown office', () => {
    expect(serviceOptions(catalog, 'dinsos-tanggamus', '2026-07-20', ['LAIN'])).toEqual([]);
    expect(serviceOptions(catalog, 'tidak-ada', '2026-07-20')).toEqual([]);
  });
});
