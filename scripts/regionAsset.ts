// Builds the compact region table (format in shared/validate/regionAsset.ts) from the
// idn-area-data CSVs, checking every code against its level and its parent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  encodeChildren,
  REGION_ASSET_FORMAT,
  type ChildEntry,
  type RegionAsset,
  type RegionCounts,
} from '../shared/validate/regionAsset';
import {
  childSuffixWidth,
  dottedRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  regionLevelOf,
  type RegionLevel,
} from '../shared/validate/regionCode';
import { parseCsvRecords } from './csv';

export const REGION_ASSET_PATH = fileURLToPath(
  new URL('../assets/generated/regions.json', import.meta.url),
);

const sources: Array<{
  level: RegionLevel;
  file: string;
  parentColumn?: string;
  count: keyof RegionCounts;
}> = [
  { level: 'province', file: 'provinces.csv', count: 'provinces' },
  { level: 'regency', file: 'regencies.csv', parentColumn: 'province_code', count: 'regencies' },
  { level: 'district', file: 'districts.csv', parentColumn: 'regency_code', count: 'districts' },
  { level: 'village', file: 'villages.csv', parentColumn: 'district_code', count: 'villages' },
];

/** The installed idn-area-data package folder. */
export function idnAreaDataDir(): string {
  return dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json'));
}

const manifestSchema = z.object({ version: z.string(), homepage: z.string() });

function readSource(packageDir: string): RegionAsset['source'] {
  const { version, homepage } = manifestSchema.parse(
    JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')),
  );
  const dataLicense = readFileSync(join(packageDir, 'data', 'LICENSE.md'), 'utf8');
  if (!dataLicense.startsWith('# Open Database License (ODbL)')) {
    throw new Error('idn-area-data changed its data licence: re-check it and assets/README.md');
  }
  return { package: 'idn-area-data', version, license: 'ODbL-1.0', homepage };
}

export function buildRegionAsset(packageDir = idnAreaDataDir()): RegionAsset {
  const known = new Set<string>(['']);
  const groups = new Map<string, ChildEntry[]>();
  const counts: RegionCounts = { provinces: 0, regencies: 0, districts: 0, villages: 0 };

  for (const { level, file, parentColumn, count } of sources) {
    const text = readFileSync(join(packageDir, 'data', file), 'utf8');
    const columns = parentColumn === undefined ? ['code', 'name'] : ['code', parentColumn, 'name'];
    const levelCodes = new Set<string>();
    for (const row of parseCsvRecords(text, columns)) {
      const where = `${file} ${row.code}`;
      const code = normalizeRegionCode(row.code ?? '');
      if (
        code === undefined ||
        dottedRegionCode(code) !== row.code ||
        regionLevelOf(code) !== level
      ) {
        throw new Error(`${where}: not a ${level} code`);
      }
      const parent = parentRegionCode(code);
      if (parentColumn !== undefined && normalizeRegionCode(row[parentColumn] ?? '') !== parent) {
        throw new Error(`${where}: parent column says ${row[parentColumn]}`);
      }
      if (!known.has(parent)) throw new Error(`${where}: unknown parent ${parent}`);
      if (levelCodes.has(code)) throw new Error(`${where}: duplicate code`);
      const name = row.name ?? '';
      if (name === '' || name.trim() !== name)
        throw new Error(`${where}: bad name ${JSON.stringify(name)}`);
      const siblings = groups.get(parent) ?? [];
      siblings.push({ suffix: code.slice(parent.length), name });
      groups.set(parent, siblings);
      levelCodes.add(code);
    }
    for (const code of levelCodes) known.add(code);
    counts[count] = levelCodes.size;
  }

  const children: Record<string, string> = {};
  for (const parent of [...groups.keys()].sort()) {
    const entries = (groups.get(parent) ?? []).sort((a, b) => (a.suffix < b.suffix ? -1 : 1));
    children[parent] = encodeChildren(entries, childSuffixWidth(parent));
  }
  return { format: REGION_ASSET_FORMAT, source: readSource(packageDir), counts, children };
}

export type WrittenAsset = { path: string; bytes: number; gzipBytes: number };

export function writeRegionAsset(asset: RegionAsset, path = REGION_ASSET_PATH): WrittenAsset {
  const json = Buffer.from(JSON.stringify(asset));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  return { path, bytes: json.length, gzipBytes: gzipSync(json, { level: 9 }).length };
}

/** Path of the asset, building it first when it is missing (tests and benchmarks). */
export function ensureRegionAsset(path = REGION_ASSET_PATH): string {
  if (!existsSync(path)) writeRegionAsset(buildRegionAsset(), path);
  return path;
}
