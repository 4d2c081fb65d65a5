const monthYear = new Intl.DateTimeFormat('id-ID', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-07` → "Juli 2026". */
export function monthText(month: string): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return monthYear.format(new Date(Date.UTC(year, number - 1, 1)));
}
