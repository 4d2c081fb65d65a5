import year2025 from './2025.json';
import year2026 from './2026.json';
import { parseHolidayYear, type HolidayKind, type HolidayYear } from './schema';

const bundled: ReadonlyArray<{ source: string; data: unknown }> = [
  { source: 'holidays/2025.json', data: year2025 },
  { source: 'holidays/2026.json', data: year2026 },
];

/** The bundled years, validated. A broken file is a build error, so this throws. */
export function nationalHolidayYears(): HolidayYear[] {
  return bundled.map(({ source, data }) => {
    const result = parseHolidayYear(data, source);
    if (!result.ok) throw new Error(result.message);
    return result.holidays;
  });
}

/** Every day off of the given years as `YYYY-MM-DD`, sorted; by default national holidays and cuti bersama. */
export function holidayDates(
  years: readonly HolidayYear[] = nationalHolidayYears(),
  kinds: readonly HolidayKind[] = ['liburNasional', 'cutiBersama'],
): string[] {
  return years
    .flatMap((year) => year.days)
    .filter((day) => kinds.includes(day.kind))
    .map((day) => day.date)
    .sort();
}
