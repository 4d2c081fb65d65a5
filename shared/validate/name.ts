// Person names normalised for search and for the worklist's name-prefix index.
//
// normalizeName: lower-case, diacritics stripped (NFKD, marks removed), apostrophes and double
// quotes dropped (`Ma'ruf` → `maruf`), every other run of non-letters/digits becomes one
// space, trimmed.
//
// With `stripTitles`, a modest, fixed set of honorifics and degrees is removed, so that
// "Hj. Siti Aminah, S.Pd." and "Siti Aminah" find each other:
// - leading honorifics, with or without a dot: see `leadingTitles`;
// - degrees from `degrees`, compared without dots/spaces/case, when they are a comma-separated
//   segment after the name (`…, S.Pd., M.Pd.`) or a dotted trailing word (`… S.Pd`).
// A name is never reduced to nothing: a lone "H." stays "h". Spelled-out titles ("Haji"),
// military/police ranks and rarer degrees are kept on purpose: a wrong strip would hide a name.

const leadingTitles = new Set('h hj kh dr drg drh drs dra ir prof ny tn sdr sdri'.split(' '));

const degrees = new Set(
  [
    'amd ama sag se sfarm sh shi sip skep sked skm skom spd spdi spsi ssi ssos st stp sp ners ns',
    'mag mh mkes mkom mm mpd msi mt msc phd',
  ]
    .join(' ')
    .split(' '),
);

// Glottal stops: apostrophes, and the double quote the official region names use for them
// (`Ra"as`). Removed without a space, so `Ma'ruf`, `Ma’ruf` and `Maruf` meet.
const apostrophes = /['‘’`´ʼ"]/g;

function basicNormalize(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(apostrophes, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const compact = (text: string) => basicNormalize(text).replaceAll(' ', '');

function stripDegrees(raw: string): string {
  const [name = '', ...segments] = raw.split(',');
  const words = name.trim().split(/\s+/);
  const isDottedDegree = (word: string) => word.includes('.') && degrees.has(compact(word));
  while (words.length > 1 && isDottedDegree(words.at(-1) ?? '')) words.pop();
  const kept = segments.filter((segment) => !degrees.has(compact(segment)));
  return [words.join(' '), ...kept].join(' ');
}

function stripLeadingTitles(normalized: string): string {
  const words = normalized.split(' ');
  let start = 0;
  while (start < words.length - 1 && leadingTitles.has(words[start] ?? '')) start += 1;
  return words.slice(start).join(' ');
}

export function normalizeName(raw: string, options: { stripTitles?: boolean } = {}): string {
  if (!options.stripTitles) return basicNormalize(raw);
  const withoutDegrees = basicNormalize(stripDegrees(raw));
  return stripLeadingTitles(withoutDegrees === '' ? basicNormalize(raw) : withoutDegrees);
}

/** Default length of the name-prefix index key. */
export const NAME_PREFIX_LENGTH = 24;

/**
 * Key for the worklist's name-prefix index: the name normalised with titles stripped, cut to
 * `length` characters. Store `namePrefixKey(fullName)`; look up with
 * `startsWith(namePrefixKey(typed))`, then filter the hits on `normalizeName` for queries
 * longer than the key.
 */
export function namePrefixKey(raw: string, length = NAME_PREFIX_LENGTH): string {
  return normalizeName(raw, { stripTitles: true }).slice(0, length).trimEnd();
}
