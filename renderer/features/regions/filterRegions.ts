// Search in a region list as the clerk types: any case, any accents, words in any order,
// the start of words (`kab sol` finds "Kabupaten Solok"), or the code (`1372`, `13.72`).
import type { Region } from '../../../shared/validate';

/** Lower case, accents and punctuation gone, single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower is better; undefined when the region does not match. */
function rank(region: Region, query: string, tokens: readonly string[]): number | undefined {
  const name = normalizeForSearch(region.name);
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const words = name.split(' ');
  if (name.includes(` ${query}`)) return 2;
  if (tokens.every((token) => words.some((word) => word.startsWith(token)))) return 3;
  if (name.includes(query)) return 4;
  return undefined;
}

/** The regions matching `query`, best first; the list's own order among equals. */
export function filterRegions(regions: readonly Region[], query: string): Region[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [...regions];
  const digits = normalized.replace(/ /g, '');
  if (/^\d+$/.test(digits)) return regions.filter((region) => region.code.startsWith(digits));
  const tokens = normalized.split(' ');
  return regions
    .flatMap((region, index) => {
      const score = rank(region, normalized, tokens);
      return score === undefined ? [] : [{ region, score, index }];
    })
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ region }) => region);
}

/** The one region whose name is exactly what was typed (any case or accents), if any. */
export function exactRegion(regions: readonly Region[], query: string): Region | undefined {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return undefined;
  const found = regions.filter((region) => normalizeForSearch(region.name) === normalized);
  return found.length === 1 ? found[0] : undefined;
}
