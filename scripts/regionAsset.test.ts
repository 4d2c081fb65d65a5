import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RegionAsset } from '../shared/validate/regionAsset';
import { normalizeRegionCode } from '../shared/validate/regionCode';
import { createRegionTable } from '../shared/validate/regions';
import { validateNik } from '../shared/validate/nik';
import { parseCsvRecords } from './csv';
import {
  buildRegionAsset,
  ensureRegionAsset,
  idnAreaDataDir,
  writeRegionAsset,
} from './regionAsset';

// The real asset, as shipped: built by `npm run build:regions`, or here when it is missing.
const shipped: RegionAsset = JSON.parse(readFileSync(ensureRegionAsset(), 'utf8'));
const table = createRegionTable(shipped);
const scratch = mkdtempSync(join(tmpdir(), 'loket-regions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('region asset from idn-area-data', () => {
  it('is up to date with the installed package', () => {
    expect(shipped, 'assets/generated/regions.json is stale: npm run build:regions').toEqual(
      buildRegionAsset(),
    );
  });

  it('records its source and counts', () => {
    expect(shipped.source).toMatchObject({ package: 'idn-area-data', license: 'ODbL-1.0' });
    expect(shipped.counts).toEqual({
      provinces: 38,
      regencies: 514,
      districts: 7285,
      villages: 83762,
    });
  });

  it('holds every CSV row under its code, with its name and parent', () => {
    const files = [
      ['provinces.csv', undefined],
      ['regencies.csv', 'province_code'],
      ['districts.csv', 'regency_code'],
      ['villages.csv', 'district_code'],
    ] as const;
    let total = 0;
    for (const [file, parentColumn] of files) {
      const text = readFileSync(join(idnAreaDataDir(), 'data', file), 'utf8');
      const columns =
        parentColumn === undefined ? ['code', 'name'] : ['code', parentColumn, 'name'];
      for (const row of parseCsvRecords(text, columns)) {
        const region = table.lookup(row.code ?? '');
        const parentCode =
          parentColumn === undefined ? '' : normalizeRegionCode(row[parentColumn] ?? '');
        if (region === undefined || region.name !== row.name || region.parentCode !== parentCode) {
          expect.fail(`${file} ${row.code}: got ${JSON.stringify(region)}`);
        }
        total += 1;
      }
    }
    expect(total).toBe(38 + 514 + 7285 + 83762);
  });

  it('lists children for the pickers, down to villages', () => {
    const provinces = table.children('');
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual({ code: '11', name: 'Aceh', level: 'province', parentCode: '' });
    const regencies = provinces.flatMap((province) => table.children(province.code));
    expect(regencies).toHaveLength(514);
    const districts = regencies.flatMap((regency) => table.children(regency.code));
    expect(districts).toHaveLength(7285);
    const villages = districts.flatMap((district) => table.children(district.code));
    expect(villages).toHaveLength(83762);
    expect(
      table
        .children('11.01.01')
        .slice(0, 2)
        .map((village) => village.name),
    ).toEqual(['Keude Bakongan', 'Ujong Mangki']);
  });

  it('keeps names with quotes, commas, curly apostrophes and leading digits', () => {
    expect(table.lookup('35.29.22')?.name).toBe('Ra"as');
    expect(table.lookup('12.07.28.1007')?.name).toBe('Lubuk Pakam I,II');
    expect(table.lookup('1305040')).toBeUndefined();
    expect(table.lookup('130504')?.name).toBe('2 x 11 Anam Lingkuang');
    expect(table.lookup('7401011001')?.name).toBe('19 Nopember');
    expect(table.lookup('53.07.01.2021')?.name).toBe('Regapu’u');
  });

  it('answers the NIK region check', () => {
    expect(table.hasDistrict('110101')).toBe(true);
    expect(table.hasDistrict('110199')).toBe(false);
    const today = '2026-11-23';
    expect(validateNik('1101014501900001', { today, regions: table }).issues).toEqual([]);
    expect(validateNik('1101994501900001', { today, regions: table }).issues).toMatchObject([
      { code: 'nik.regionUnknown', severity: 'warning' },
    ]);
  });
});

describe('writing the asset', () => {
  it('reports raw and gzip sizes', () => {
    const path = join(scratch, 'written', 'regions.json');
    const written = writeRegionAsset(shipped, path);
    expect(written.bytes).toBe(statSync(path).size);
    expect(written.gzipBytes).toBeGreaterThan(0);
    expect(written.gzipBytes).toBeLessThan(written.bytes / 2);
  });

  it('builds the asset when it is missing', () => {
    const path = join(scratch, 'missing', 'regions.json');
    expect(existsSync(path)).toBe(false);
    expect(ensureRegionAsset(path)).toBe(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(shipped);
  });
});
