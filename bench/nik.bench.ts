import { buildNik, validateNik } from '../shared/validate/nik';
import { toIsoDate } from '../shared/validate/calendar';
import { pick, randomInt, seededRandom } from '../shared/random';
import { allRegions, loadRegionTable } from './regionTable';
import type { Benchmark } from './types';

const COUNT = 100_000;
const today = '2026-11-23';
const todayMs = Date.UTC(2026, 10, 23);
const DAY_MS = 86_400_000;

const regions = loadRegionTable();
const districts = allRegions(regions)
  .filter((region) => region.level === 'district')
  .map((region) => region.code);

/** Valid NIKs: birth dates over the last 100 years, both sexes; 1 in 20 with an unknown district. */
function generateNiks(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const birth = new Date(todayMs - randomInt(random, 0, 36_500) * DAY_MS);
    const districtCode =
      random() < 0.05
        ? String(randomInt(random, 0, 999_999)).padStart(6, '0')
        : pick(random, districts);
    return buildNik({
      districtCode,
      birthDate: toIsoDate({
        year: birth.getUTCFullYear(),
        month: birth.getUTCMonth() + 1,
        day: birth.getUTCDate(),
      }),
      sex: random() < 0.5 ? 'female' : 'male',
      serial: String(randomInt(random, 1, 9999)).padStart(4, '0'),
    });
  });
}

const niks = generateNiks(COUNT, 20261123);

function validateAll(options: Parameters<typeof validateNik>[1]) {
  let valid = 0;
  let warnings = 0;
  for (const nik of niks) {
    const result = validateNik(nik, options);
    if (result.ok) valid += 1;
    if (result.issues.length > 0) warnings += 1;
  }
  return { figures: { valid, warnings } };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'nik: validate 100k generated NIKs',
    ops: COUNT,
    run: () => validateAll({ today }),
  },
  {
    name: 'nik: validate 100k generated NIKs + region table',
    ops: COUNT,
    run: () => validateAll({ today, regions }),
  },
];
