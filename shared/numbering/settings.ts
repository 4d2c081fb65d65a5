import { z } from 'zod';
import { numberingMessages } from './messages';
import { parseTemplate, templateUses } from './template';

/** Permendagri 83/2022 archive classification for social security (jaminan sosial). */
export const defaultClassificationCode = '400.9.11';

export const defaultTemplate = '{code}/{seq}/{unit}/{year}';

/** Dotted numeric classification: `400`, `400.9`, `400.9.11`, … */
const classificationCodeShape = /^\d{3}(\.\d{1,3}){0,4}$/;

export const classificationCodeSchema = z
  .string({ error: numberingMessages.classificationCodeInvalid('') })
  .check((ctx) => {
    if (!classificationCodeShape.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: numberingMessages.classificationCodeInvalid(ctx.value),
      });
    }
  });

const templateSchema = z.string({ error: numberingMessages.templateRequired }).check((ctx) => {
  const parsed = parseTemplate(ctx.value);
  if (!parsed.ok) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: parsed.error.message });
  }
});

/** One office's letter-numbering settings, as stored in its office profile. */
export const numberingSettingsSchema = z
  .object(
    {
      template: templateSchema.default(defaultTemplate),
      classificationCode: classificationCodeSchema.default(defaultClassificationCode),
      unit: z
        .string({ error: numberingMessages.unitInvalid })
        .trim()
        .min(1, { error: numberingMessages.unitInvalid })
        .max(40, { error: numberingMessages.unitInvalid })
        .regex(/^[^{}]*$/, { error: numberingMessages.unitInvalid }),
      seqPadding: z
        .number({ error: numberingMessages.seqPaddingInvalid })
        .int({ error: numberingMessages.seqPaddingInvalid })
        .min(1, { error: numberingMessages.seqPaddingInvalid })
        .max(8, { error: numberingMessages.seqPaddingInvalid })
        .default(4),
      yearlyReset: z.boolean({ error: numberingMessages.yearlyResetInvalid }).default(true),
    },
    { error: numberingMessages.settingsInvalid },
  )
  .superRefine(
    ({ template, yearlyReset }, ctx) => {
      const parsed = parseTemplate(template);
      if (yearlyReset && parsed.ok && !templateUses(parsed.value, 'year')) {
        ctx.addIssue({
          code: 'custom',
          path: ['template'],
          message: numberingMessages.templateNeedsYear,
        });
      }
    },
    // Runs even when another field (say the unit) is wrong, so a settings form shows every problem at once.
    {
      when: ({ issues }) =>
        !issues.some(
          ({ path = [] }) =>
            path.length === 0 || ['template', 'yearlyReset'].includes(String(path[0])),
        ),
    },
  );

export type NumberingSettings = z.output<typeof numberingSettingsSchema>;
export type NumberingSettingsInput = z.input<typeof numberingSettingsSchema>;
