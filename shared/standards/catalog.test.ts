import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  loadCatalog,
  servicesInForce,
  standardInForce,
  standardVersion,
} from './catalog';
import { seedCatalog, seedPacks } from './seeds';
import { checkPublishedTotals } from './totals';

describe('seed catalog', () => {
  it('loads all five published standards', () => {
    const catalog = seedCatalog();
    expect(catalog.offices.map((office) => office.id)).toEqual([
      'dinsos-tanggamus',
      'dinsos-mentawai',
      'dinkes-padang-panjang',
      'dinsos-bulukumba',
      'dinsos-solok',
    ]);
  });

  it('keeps every published requirement, step time and complaint channel of seed 000', () => {
    const standard = standardInForce(
      seedCatalog(),
      'dinsos-tanggamus',
      'REK-PBPU-PEMDA',
      '2026-11-23',
    );
    expect(standard.requirements.map((r) => r.label)).toEqual([
      'Terdaftar di DTKS',
      'Fotokopi KK',
      'Fotokopi KTP',
      'Keterangan Sakit',
    ]);
    expect(
      standard.tracks[0]!.steps.map((s) =>
        s.target.kind === 'duration' ? `${s.target.amount} ${s.target.unit}` : s.target.kind,
      ),
    ).toEqual(['5 minutes', '5 minutes', '10 minutes', '20 minutes', '5 minutes', '1 days']);
    expect(standard.fee.amount).toBe(0);
    expect(standard.products[0]!.label).toBe('Rekomendasi BPJS');
  });

  it('records the monthly cut-off days 19 and 24 of Mentawai', () => {
    const office = seedCatalog().offices.find((o) => o.id === 'dinsos-mentawai');
    expect(office?.cutoffDays).toEqual([19, 24]);
  });

  it('publishes the Solok service hours and both legal bases', () => {
    const standard = standardInForce(
      seedCatalog(),
      'dinsos-solok',
      'REK-BPJS-GRATIS',
      '2026-01-01',
    );
    expect(standard.serviceHours).toEqual([
      { days: [1, 2, 3, 4], open: '07:30', close: '16:00' },
      { days: [5], open: '07:30', close: '16:30' },
    ]);
    expect(standard.legalBasis.map((l) => `${l.number}/${l.year}`)).toEqual([
      '147/2013',
      '21/2019',
    ]);
    expect(standard.tracks.map((t) => t.id)).toEqual(['bayiBaruLahir', 'reaktivasi']);
  });
});

describe('versioning by effective date', () => {
  const catalog = seedCatalog();

  it('picks the DTKS version before Permensos 3/2026 and the DTSEN version after', () => {
    const before = standardInForce(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', '2026-03-31');
    const after = standardInForce(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', '2026-04-01');
    expect(before.version).toBe(1);
    expect(before.eligibility.registry?.accepted).toEqual(['DTKS']);
    expect(after.version).toBe(2);
    expect(after.eligibility.registry?.accepted).toEqual(['DTSEN']);
    expect(after.requirements.some((r) => r.documentType === 'keteranganFaskes')).toBe(true);
    expect(after.legalBasis.some((l) => l.number === '3' && l.year === 2026)).toBe(true);
  });

  it('lets a case opened under version 1 keep it after version 2 takes effect', () => {
    const kept = standardVersion(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', 1);
    expect(kept.requirements.some((r) => r.documentType === 'keteranganFaskes')).toBe(false);
  });

  it('refuses a date before the first version with an Indonesian message', () => {
    expect(() =>
      standardInForce(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', '2020-01-01'),
    ).toThrow(
      new CatalogError('Belum ada standar layanan "REAKTIVASI-PBI" yang berlaku pada 2020-01-01.'),
    );
  });

  it('lists one entry per service in force', () => {
    expect(
      servicesInForce(catalog, 'dinsos-bulukumba', '2026-11-23').map((s) => s.version),
    ).toEqual([2]);
  });
});

describe('bad packs', () => {
  const tanggamus = seedPacks[0]!.data as { standards: Array<Record<string, unknown>> };

  function withStandard(patch: (standard: Record<string, unknown>) => void): unknown {
    const copy = structuredClone(tanggamus);
    patch(copy.standards[0]!);
    return copy;
  }

  it('names the field of a wrong step unit, by service and step id', () => {
    const data = withStandard((standard) => {
      const steps = (
        standard.tracks as Array<{ steps: Array<{ target: Record<string, unknown> }> }>
      )[0]!.steps;
      steps[3]!.target.unit = 'minggu';
    });
    const result = loadCatalog([{ source: 'rusak.json', data }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({
      source: 'rusak.json',
      path: 'standards.0.tracks.0.steps.3.target.unit',
      where:
        'standar REK-PBPU-PEMDA v1 › alur ke-1 "utama" › langkah ke-4 "buatSurat" › target › unit',
    });
    expect(result.message).toContain('Paket standar "rusak.json" tidak valid');
    expect(result.message).toContain('Pilihan tidak valid');
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const data = withStandard((standard) => {
      standard.requirments = [];
    });
    const result = loadCatalog([{ source: 'typo.json', data }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain('requirments');
  });

  it('requires the paraf chain on a paraf step', () => {
    const data = withStandard((standard) => {
      const steps = (standard.tracks as Array<{ steps: Array<Record<string, unknown>> }>)[0]!.steps;
      steps[4]!.kind = 'paraf';
    });
    const result = loadCatalog([{ source: 'paraf.json', data }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.message)).toContain(
        'langkah paraf wajib menyebut urutan paraf',
      );
    }
  });

  it('refuses a requirement for a track the standard does not have', () => {
    const data = withStandard((standard) => {
      (standard.requirements as Array<Record<string, unknown>>)[1]!.track = 'bayi';
    });
    const result = loadCatalog([{ source: 'alur.json', data }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({
        path: 'standards.0.requirements.1.track',
        message: 'alur "bayi" tidak ada',
      });
    }
  });

  it('reports text that is not JSON', () => {
    const result = loadCatalog([{ source: 'kosong.json', data: '{"packFormat": 1,' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Paket standar "kosong.json" bukan JSON yang sah.');
  });

  it('refuses the same office twice', () => {
    const result = loadCatalog([seedPacks[0]!, seedPacks[0]!]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('dimuat lebih dari satu kali');
  });
});

describe('published totals', () => {
  const catalog = seedCatalog();

  it('finds that seed 000 step times add to 45 minutes and 1 day, not the published 50 minutes', () => {
    const [check] = checkPublishedTotals(
      standardInForce(catalog, 'dinsos-tanggamus', 'REK-PBPU-PEMDA', '2026-01-01'),
    );
    expect(check).toMatchObject({
      status: 'mismatch',
      steps: { minutes: 45, longer: [{ amount: 1, unit: 'days' }] },
    });
    if (check?.status === 'mismatch') {
      expect(check.message).toBe(
        'Jumlah waktu per langkah (45 menit + 1 hari) tidak sama dengan waktu penyelesaian yang diumumkan (50 Menit).',
      );
    }
  });

  it('finds that seed 003 step times add to 35 minutes against the published 30', () => {
    const [check] = checkPublishedTotals(
      standardVersion(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', 1),
    );
    expect(check).toMatchObject({ status: 'mismatch', steps: { minutes: 35 } });
  });

  it('finds the Permensos 3/2026 version consistent at 30 minutes', () => {
    const [check] = checkPublishedTotals(
      standardVersion(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', 2),
    );
    expect(check).toMatchObject({ status: 'consistent', steps: { minutes: 30 } });
  });

  it('cannot compare 5 working days with untimed steps (seed 002)', () => {
    const checks = checkPublishedTotals(
      standardInForce(catalog, 'dinkes-padang-panjang', 'REK-JKSS', '2026-01-01'),
    );
    expect(checks.map((c) => c.status)).toEqual(['notComparable', 'notComparable']);
  });
});
