// The compact region table shipped as `assets/generated/regions.json` (built by
// `scripts/build-regions.ts`). Codes are never stored whole: a region's code is its parent's
// code plus a fixed-width suffix, and the suffix itself is left out when it is the previous
// sibling's plus one (most are), so a district's villages cost little more than their names.
//
// `children` maps an undotted parent code (`''` = the root, `'11'`, `'1101'`, `'110101'`) to
// its children, in code order, joined with `|`. Each entry is either `name` (suffix = previous
// suffix + 1, the first previous being 0) or `<suffix digits><name>` (explicit). An entry is
// explicit exactly when it starts with `width` digits, so the encoder writes a name that
// itself starts with that many digits in explicit form.

export const REGION_ASSET_FORMAT = 'loket-regions/1';

export type RegionCounts = {
  provinces: number;
  regencies: number;
  districts: number;
  villages: number;
};

export type RegionAsset = {
  format: typeof REGION_ASSET_FORMAT;
  source: { package: string; version: string; license: string; homepage: string };
  counts: RegionCounts;
  children: Record<string, string>;
};

export type ChildEntry = { suffix: string; name: string };

const SEPARATOR = '|';

export function encodeChildren(entries: readonly ChildEntry[], width: number): string {
  const suffixPattern = new RegExp(`^\\d{${width}}$`);
  const explicitPattern = new RegExp(`^\\d{${width}}`);
  let last: number | undefined;
  return entries
    .map(({ suffix, name }) => {
      if (!suffixPattern.test(suffix))
        throw new RangeError(`Suffix ${suffix} is not ${width} digits`);
      if (name === '' || name.includes(SEPARATOR)) {
        throw new RangeError(`Region name ${JSON.stringify(name)} cannot be encoded`);
      }
      const value = Number(suffix);
      if (last !== undefined && value <= last)
        throw new RangeError(`Suffix ${suffix} is out of order`);
      const implied = value === (last ?? 0) + 1 && !explicitPattern.test(name);
      last = value;
      return implied ? name : suffix + name;
    })
    .join(SEPARATOR);
}

export function decodeChildren(text: string, width: number): ChildEntry[] {
  if (text === '') return [];
  const explicitPattern = new RegExp(`^\\d{${width}}`);
  let previous = 0;
  return text.split(SEPARATOR).map((entry) => {
    const explicit = explicitPattern.exec(entry)?.[0];
    const suffix = explicit ?? String(previous + 1).padStart(width, '0');
    previous = Number(suffix);
    return { suffix, name: explicit === undefined ? entry : entry.slice(width) };
  });
}
