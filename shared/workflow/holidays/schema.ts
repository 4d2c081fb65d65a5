import { z } from 'zod';
import { isoDateSchema } from '../../standards/schema';
import { slaMessages } from '../messages';

/** liburNasional: national holiday; cutiBersama: collective leave, the offices are closed too. */
export const holidayKindSchema = z.enum(['liburNasional', 'cutiBersama']);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

/** The national days off of one year, as set by the SKB of the three ministers (and its changes). */
export const holidayYearSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    /** The decrees the dates come from, as cited. */
    sources: z.array(z.string().min(1)).min(1),
    days: z
      .array(
        z.strictObject({ date: isoDateSchema, kind: holidayKindSchema, name: z.string().min(1) }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.days.forEach((day, i) => {
      if (!day.date.startsWith(`${data.year}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: slaMessages.holidayOutsideYear(day.date, data.year),
        });
      }
      if (seen.has(day.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: slaMessages.holidayDuplicate(day.date),
        });
      }
      seen.add(day.date);
    });
  });
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export type HolidayYearResult =
  { ok: true; holidays: HolidayYear } | { ok: false; message: string };

const indonesianErrors = z.locales.id().localeError;

/** Validates one year of holidays (parsed JSON). Never throws. */
export function parseHolidayYear(data: unknown, source: string): HolidayYearResult {
  const parsed = holidayYearSchema.safeParse(data, { error: indonesianErrors });
  if (parsed.success) return { ok: true, holidays: parsed.data };
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(berkas)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: slaMessages.holidayFileInvalid(source, detail) };
}
