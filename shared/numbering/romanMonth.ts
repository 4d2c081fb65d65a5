const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Month 1–12 as the roman numeral used in Indonesian letter numbers (11 → `XI`). */
export const toRomanMonth = (month: number): string => {
  const roman = romanMonths[month - 1];
  if (roman === undefined) throw new RangeError(`month out of range: ${month}`);
  return roman;
};

/** `XI` → 11; undefined for anything that is not I–XII. */
export const fromRomanMonth = (roman: string): number | undefined => {
  const index = romanMonths.indexOf(roman);
  return index === -1 ? undefined : index + 1;
};

/** Longest numerals first, so a regular expression never stops at `I` inside `III`. */
export const romanMonthPattern = [...romanMonths].sort((a, b) => b.length - a.length).join('|');
