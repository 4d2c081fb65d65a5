// Kemendagri region codes: province (2 digits) → regency (+2) → district (+2) → village (+4).
// Written dotted in the source data (`11.01.01.2001`), stored undotted (`1101012001`).

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

const levelByLength: Record<number, RegionLevel> = {
  2: 'province',
  4: 'regency',
  6: 'district',
  10: 'village',
};

const parentLength: Record<RegionLevel, number> = {
  province: 0,
  regency: 2,
  district: 4,
  village: 6,
};

const dottedPattern = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const undottedPattern = /^(?:\d{2}|\d{4}|\d{6}|\d{10})$/;

/** Undotted code for a dotted or undotted code of any level; undefined when malformed. */
export function normalizeRegionCode(code: string): string | undefined {
  const trimmed = code.trim();
  if (undottedPattern.test(trimmed)) return trimmed;
  if (dottedPattern.test(trimmed)) return trimmed.replaceAll('.', '');
  return undefined;
}

/** Level of a well-formed undotted code. */
export function regionLevelOf(code: string): RegionLevel {
  const level = levelByLength[code.length];
  if (level === undefined) throw new RangeError(`Not an undotted region code: ${code}`);
  return level;
}

/** Parent of a well-formed undotted code; `''` (the root) for a province. */
export function parentRegionCode(code: string): string {
  return code.slice(0, parentLength[regionLevelOf(code)]);
}

/** How many digits a child adds to `parentCode` (`''` is the root, whose children are provinces). */
export function childSuffixWidth(parentCode: string): number {
  if (parentCode.length === 6) return 4;
  if (parentCode.length === 0 || parentCode.length === 2 || parentCode.length === 4) return 2;
  throw new RangeError(`Region code ${parentCode} has no children`);
}

/** `1101012001` → `11.01.01.2001`. */
export function dottedRegionCode(code: string): string {
  return [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)]
    .filter((part) => part !== '')
    .join('.');
}
