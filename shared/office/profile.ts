import { z } from 'zod';
import { numberingSettingsSchema } from '../numbering/settings';
import {
  contactSchema,
  officeSchema,
  type Office,
  type ServiceStandard,
} from '../standards/schema';
import { checkNip } from '../users/nip';
import { grades } from '../users/ranks';
import { officeMessages as messages } from './messages';

const fields = messages.fields;

const text = (field: string, max: number) =>
  z
    .string({ error: messages.required(field) })
    .trim()
    .min(1, { error: messages.required(field), abort: true })
    .max(max, { error: messages.tooLong(field, max) });

const nipSchema = z.string().transform((value, ctx) => {
  const checked = checkNip(value);
  if (checked.ok) return checked.value;
  ctx.issues.push({ code: 'custom', input: value, message: checked.message });
  return z.NEVER;
});

/** An official whose name, NIP and rank print under the letters' signature. */
export const signerSchema = z.strictObject({
  name: text(fields.signerName, 120),
  nip: nipSchema,
  rank: z.enum(grades, { error: 'Pilih pangkat/golongan.' }),
  /** As the standards name the signing post: "Kepala Dinas Sosial". */
  position: text(fields.position, 120),
  /** The staff account that signs as this official, when there is one. */
  userId: z.string().min(1).optional(),
});
export type Signer = z.infer<typeof signerSchema>;

export const paperSizes = ['F4', 'A4'] as const;
export type PaperSize = (typeof paperSizes)[number];

const margin = z
  .number({ error: messages.marginInvalid })
  .min(5, { error: messages.marginInvalid })
  .max(60, { error: messages.marginInvalid });

/** Page margins in millimetres. */
export const marginsSchema = z.strictObject({
  top: margin,
  right: margin,
  bottom: margin,
  left: margin,
});
export type Margins = z.infer<typeof marginsSchema>;

/** Tata naskah dinas: 2 cm top, right and bottom; 3 cm left for binding. */
export const defaultMargins: Margins = { top: 20, right: 20, bottom: 20, left: 30 };

/** The largest emblem kept in the profile (a data URL, so about 300 KB of image). */
const maxEmblemChars = 400_000;

const emblemSchema = z
  .string()
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, {
    error: messages.emblemInvalid,
  })
  .max(maxEmblemChars, { error: messages.emblemTooLarge });

const contactRules: Partial<Record<Office['contacts'][number]['kind'], z.ZodType>> = {
  phone: z.string().regex(/^\+?[\d\s()-]{5,20}$/, { error: messages.phoneInvalid }),
  whatsapp: z.string().regex(/^\+?[\d\s()-]{5,20}$/, { error: messages.phoneInvalid }),
  email: z.email({ error: messages.emailInvalid }),
  website: z.url({ protocol: /^https?$/, error: messages.websiteInvalid }),
};

/**
 * The office profile in force on the device: the catalog's office (letterhead data,
 * time zone, hours, cut-off days) as the office corrected it, plus what only the office
 * sets: emblem, signers, paraf posts, paper, margins, numbering, services offered.
 * It is an `Office`, so the workflow and commands take it where they take the catalog's.
 */
export const officeProfileSchema = officeSchema.extend({
  government: text(fields.government, 120),
  name: text(fields.name, 120),
  unit: text(fields.unit, 120).optional(),
  city: text(fields.city, 60),
  address: z.strictObject({
    street: text(fields.street, 200).optional(),
    postalCode: z
      .string()
      .regex(/^\d{5}$/, { error: messages.postalCodeInvalid })
      .optional(),
    locality: text(fields.locality, 120).optional(),
  }),
  contacts: z.array(contactSchema).superRefine((contacts, ctx) => {
    contacts.forEach((contact, i) => {
      const checked = contactRules[contact.kind]?.safeParse(contact.value);
      if (checked && !checked.success) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'value'],
          message: checked.error.issues[0]?.message ?? messages.phoneInvalid,
        });
      }
    });
  }),
  cutoffDays: z
    .array(
      z
        .number({ error: messages.cutoffDayInvalid })
        .int({ error: messages.cutoffDayInvalid })
        .min(1, { error: messages.cutoffDayInvalid })
        .max(28, { error: messages.cutoffDayInvalid }),
    )
    .min(1, { error: messages.cutoffDaysRequired })
    .refine((days) => new Set(days).size === days.length, {
      error: messages.cutoffDaysDuplicate,
    }),
  /** The regional emblem for the kop surat, as a `data:` URL. */
  emblem: emblemSchema.optional(),
  signers: z
    .array(signerSchema)
    .refine((signers) => new Set(signers.map(({ nip }) => nip)).size === signers.length, {
      error: messages.signerDuplicate,
    }),
  /** Posts that initial drafts, in the order of the paraf column on the letter. */
  parafPositions: z
    .array(text(fields.position, 120))
    .refine((positions) => new Set(positions).size === positions.length, {
      error: messages.positionDuplicate,
    }),
  paperSize: z.enum(paperSizes, { error: messages.paperSizeInvalid }).default('F4'),
  marginsMm: marginsSchema.default(defaultMargins),
  numbering: numberingSettingsSchema,
  /** The services this office offers, by service code of its standards. */
  serviceCodes: z.array(z.string().regex(/^[A-Z][A-Z0-9-]*$/)),
  /** Minutes without input after which the screen locks. */
  idleLockMinutes: z
    .number({ error: messages.idleLockInvalid })
    .int({ error: messages.idleLockInvalid })
    .min(1, { error: messages.idleLockInvalid })
    .max(120, { error: messages.idleLockInvalid })
    .default(10),
});
export type OfficeProfile = z.output<typeof officeProfileSchema>;
export type OfficeProfileInput = z.input<typeof officeProfileSchema>;

/** The short unit name in letter numbers: "Dinsos", "Dinkes". */
const numberingUnits: Record<Office['unitKind'], string> = {
  dinasSosial: 'Dinsos',
  dinasKesehatan: 'Dinkes',
};

/**
 * The starting profile of an office chosen from the catalog: its published data as it
 * is, every service of its standards offered, the paraf posts of their chains in order,
 * F4 paper, the default numbering with "Dinsos"/"Dinkes" as unit. Signers come later,
 * from the accounts with the signer role.
 */
export function profileFromCatalog(
  office: Office,
  standards: readonly ServiceStandard[] = [],
): OfficeProfile {
  const serviceCodes = [...new Set(standards.map((standard) => standard.serviceCode))];
  return officeProfileSchema.parse({
    ...office,
    signers: [],
    parafPositions: parafPositionsOf(standards),
    numbering: numberingSettingsSchema.parse({ unit: numberingUnits[office.unitKind] }),
    serviceCodes,
  });
}

/** Every paraf post of the standards' chains, first appearance first. */
export function parafPositionsOf(standards: readonly ServiceStandard[]): string[] {
  const positions = standards.flatMap((standard) =>
    standard.tracks.flatMap((track) =>
      track.steps.flatMap((step) => step.parafChain?.map((slot) => slot.position) ?? []),
    ),
  );
  return [...new Set(positions)];
}

/** Every signing post of the standards' sign steps, first appearance first. */
export function signerPositionsOf(standards: readonly ServiceStandard[]): string[] {
  const positions = standards.flatMap((standard) =>
    standard.tracks.flatMap((track) => track.steps.flatMap((step) => step.signers ?? [])),
  );
  return [...new Set(positions)];
}
