/**
 * Every string of a document's input as one-line text Arimo can set: no-break and figure
 * spaces become spaces (U+00A0 crashes fontkit with these TTF files), soft hyphens and
 * zero-width characters go, tabs and line breaks become a space (a line break has no glyph
 * and would pull in a non-embedded fallback font).
 */
export function plainText<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\t\r\n]+/g, ' ') as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => plainText(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, plainText(item)]),
    ) as T;
  }
  return value;
}
