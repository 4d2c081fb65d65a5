import { z } from 'zod';
import { conditionSchema } from './conditions';

/** A calendar date without time, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'jam harus berbentuk JJ:MM');

/** Who performs a published step. Citizen and external steps are recorded by staff. */
export const actorRoleSchema = z.enum(['citizen', 'fo', 'bo', 'reviewer', 'signer', 'external']);
export type ActorRole = z.infer<typeof actorRoleSchema>;

/**
 * What a published step does in the case's life. The workflow engine derives the
 * state machine from these kinds, in the order the standard lists its steps.
 */
export const stepKindSchema = z.enum([
  'preVisit', // the citizen's own errand before coming (e.g. checking status at BPJS)
  'arrive', // the citizen brings the papers to the counter
  'receive', // front office receives the papers
  'checkPapers', // completeness/validity check; incomplete papers go back to the citizen
  'registryCheck', // check in DTKS / DTSEN
  'confirmExternal', // confirm with BPJS or another agency (by phone, portal)
  'register', // input the data, fill the registration/complaint form
  'draft', // back office drafts the letter
  'paraf', // initials of the reviewers, in the published order
  'sign', // the signing official signs
  'record', // entry in the dispatch book (buku ekspedisi)
  'handOver', // the letter is handed to the citizen
  'deliver', // the office delivers the letter to BPJS / Dinkes
  'submitBatch', // data sent to BPJS on the monthly cut-off
  'awaitOutcome', // waiting for the card / BNBA answer from BPJS
]);
export type StepKind = z.infer<typeof stepKindSchema>;

export const durationUnitSchema = z.enum(['minutes', 'hours', 'days', 'workingDays', 'months']);
export type DurationUnit = z.infer<typeof durationUnitSchema>;

export const durationSchema = z.strictObject({
  amount: z.number().positive(),
  unit: durationUnitSchema,
});
export type Duration = z.infer<typeof durationSchema>;

/** A step's published target time. */
export const stepTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('duration'), ...durationSchema.shape }),
  /** Waits for the office's next monthly cut-off day (e.g. "Tgl 19/24 setiap bulan"). */
  z.strictObject({ kind: z.literal('monthlyCutoff') }),
  /** Happens at the start of the next month (e.g. the card arrives "setiap awal bulan"). */
  z.strictObject({ kind: z.literal('startOfNextMonth') }),
  /** The standard states no time for this step. */
  z.strictObject({ kind: z.literal('none') }),
]);
export type StepTarget = z.infer<typeof stepTargetSchema>;

export const parafSlotSchema = z.strictObject({
  /** Position whose initials are needed, e.g. "Penyuluh Sosial", "Kepala Bidang". */
  position: z.string().min(1),
});

export const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'id langkah harus camelCase'),
  kind: stepKindSchema,
  label: z.string().min(1),
  actor: actorRoleSchema,
  target: stepTargetSchema,
  /** A step the published text leaves implicit (e.g. the signature); shown as such. */
  implied: z.boolean().optional(),
  /** For `paraf` steps: the chain in the order the standard gives. */
  parafChain: z.array(parafSlotSchema).min(1).optional(),
  /** For `sign` steps: the positions that may sign. */
  signers: z.array(z.string().min(1)).min(1).optional(),
  /** Published branches of this step, evaluated on the case's facts. */
  branches: z
    .array(
      z.strictObject({
        when: conditionSchema,
        then: z.enum(['continue', 'refer', 'returnPapers']),
        label: z.string().min(1),
        /** Where a referral sends the citizen. */
        referTo: z.string().min(1).optional(),
        /** The published time of the branch's own work (e.g. asking for missing papers). */
        target: stepTargetSchema.optional(),
      }),
    )
    .optional(),
});
export type Step = z.infer<typeof stepSchema>;

export const requirementSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'id persyaratan harus camelCase'),
  /** document: a paper to bring; registry: a registry check; condition: a fact about the person. */
  kind: z.enum(['document', 'registry', 'condition']),
  label: z.string().min(1),
  mandatory: z.boolean(),
  /** Number of copies asked for; "per family member" when `perFamilyMember`. */
  copies: z.number().int().positive().optional(),
  perFamilyMember: z.boolean().optional(),
  /** Who issues the paper, e.g. "Kepala Desa, mengetahui Camat". */
  issuer: z.string().min(1).optional(),
  /** What kind of paper, so checklists and letters can name it. */
  documentType: z
    .enum([
      'ktp',
      'kk',
      'kia',
      'aktaKelahiran',
      'keteranganLahir',
      'kartuBpjs',
      'keteranganSakit',
      'sktm',
      'pengantarRt',
      'formulirPermohonan',
      'keteranganStatusBpjs',
      'keteranganFaskes',
      'other',
    ])
    .optional(),
  /** Extra marks the paper must carry (materai, signatures, a phone number written on it). */
  notes: z.array(z.string().min(1)).optional(),
  /** Only required when this holds (e.g. only for newborns). */
  appliesWhen: conditionSchema.optional(),
  /** Alternatives: any one of these papers satisfies the requirement. */
  anyOf: z.array(z.string().min(1)).min(2).optional(),
  /** Only for this track of the service (e.g. the newborn track). */
  track: z.string().optional(),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const registryNameSchema = z.enum(['DTKS', 'DTSEN']);
export type RegistryName = z.infer<typeof registryNameSchema>;

export const bpjsSegmentSchema = z.enum([
  'PBI-APBN',
  'PBI-APBD',
  'PBPU-Pemda',
  'PBPU',
  'PPU',
  'JKSS',
  'belumTerdaftar',
]);
export type BpjsSegment = z.infer<typeof bpjsSegmentSchema>;

export const eligibilitySchema = z.strictObject({
  registry: z
    .strictObject({
      /** Registries whose listing counts (DTKS before 2025, DTSEN after Inpres 4/2025). */
      accepted: z.array(registryNameSchema).min(1),
      mustBeListed: z.boolean(),
      /** DTSEN decile ceiling (1 = poorest); absent when the standard sets none. */
      maxDecile: z.number().int().min(1).max(10).optional(),
    })
    .optional(),
  bpjs: z
    .strictObject({
      segments: z.array(bpjsSegmentSchema).min(1).optional(),
      status: z.enum(['active', 'nonActive']).optional(),
      /** Non-active for less than this many months. */
      nonActiveLessThanMonths: z.number().int().positive().optional(),
    })
    .optional(),
  /** The subject must be a newborn (birth within this many days). */
  newbornWithinDays: z.number().int().positive().optional(),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const letterKindSchema = z.enum([
  'rekomendasiPbpuPemda',
  'rekomendasiApbd',
  'rekomendasiJkss',
  'keteranganReaktivasi',
  'rekomendasiBayiBaruLahir',
  'rekomendasiReaktivasi',
  'tandaTerimaBerkas',
  'bukuEkspedisi',
  'rekapBnba',
  'posterStandar',
]);
export type LetterKind = z.infer<typeof letterKindSchema>;

export const productSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  /** A letter the office issues, or a result produced by another agency (the card). */
  kind: z.enum(['letter', 'external']),
  letterKind: letterKindSchema.optional(),
  /** Addressee rules, first match wins; the last rule usually has no condition. */
  addressee: z
    .array(z.strictObject({ when: conditionSchema.optional(), to: z.string().min(1) }))
    .min(1)
    .optional(),
  /** Which branch of the service produces this product (for services with tracks). */
  track: z.string().optional(),
});
export type Product = z.infer<typeof productSchema>;

export const complaintChannelSchema = z.strictObject({
  kind: z.enum([
    'inPerson',
    'phone',
    'whatsapp',
    'letter',
    'email',
    'suggestionBox',
    'facebook',
    'instagram',
    'website',
    'slrt',
    'lapor',
    'siksNg',
    'officer',
  ]),
  label: z.string().min(1),
  value: z.string().min(1).optional(),
});
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export const serviceHoursSchema = z
  .array(
    z.strictObject({
      /** ISO weekdays, 1 = Monday … 7 = Sunday. */
      days: z.array(z.number().int().min(1).max(7)).min(1),
      open: timeOfDaySchema,
      close: timeOfDaySchema,
    }),
  )
  .min(1)
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (row.open >= row.close) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'close'],
          message: 'jam tutup harus setelah jam buka',
        });
      }
    });
  });
export type ServiceHours = z.infer<typeof serviceHoursSchema>;

export const legalBasisSchema = z.strictObject({
  /** e.g. "Peraturan Menteri Sosial", "Instruksi Presiden". */
  instrument: z.string().min(1),
  number: z.string().min(1),
  year: z.number().int().min(1945).max(2100),
  title: z.string().min(1),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** A published total completion time: a single figure or a range ("1 bulan sampai 12 bulan"). */
export const completionTimeSchema = z.strictObject({
  min: durationSchema.optional(),
  max: durationSchema,
  /** The wording as published. */
  text: z.string().min(1),
  /** Which track this total belongs to, for services with tracks. */
  track: z.string().optional(),
  /** service: the whole service (the case SLA); counter: the citizen's wait at the counter. */
  scope: z.enum(['service', 'counter']).default('service'),
});
export type CompletionTime = z.infer<typeof completionTimeSchema>;

export const trackSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  steps: z.array(stepSchema).min(1),
  /** Rules that apply to this track only, on top of the standard's. */
  eligibility: eligibilitySchema.optional(),
});
export type Track = z.infer<typeof trackSchema>;

/** One version of one published service standard of one office. */
export const serviceStandardSchema = z
  .strictObject({
    serviceCode: z
      .string()
      .regex(/^[A-Z][A-Z0-9-]*$/, 'kode layanan harus huruf besar, angka atau tanda hubung'),
    version: z.number().int().positive(),
    effectiveFrom: isoDateSchema,
    title: z.string().min(1),
    /** The decree that set the standard ("No. SK"), often left blank in the published text. */
    decree: z.string().min(1).nullable(),
    legalBasis: z.array(legalBasisSchema),
    requirements: z.array(requirementSchema).min(1),
    /** One or more tracks (e.g. newborn and reactivation at Solok), each with its own steps. */
    tracks: z.array(trackSchema).min(1),
    completionTimes: z.array(completionTimeSchema),
    fee: z.strictObject({ amount: z.number().nonnegative(), text: z.string().min(1) }),
    products: z.array(productSchema).min(1),
    serviceHours: serviceHoursSchema.optional(),
    complaintChannels: z.array(complaintChannelSchema),
    /** Who handles complaints and how, as published. */
    complaintProcedure: z.array(z.string().min(1)).optional(),
    eligibility: eligibilitySchema,
    /** Notes the office published that fit no other field. */
    notes: z.array(z.string().min(1)).optional(),
    /** Where the text comes from (seed file, decree, regulation). */
    source: z.string().min(1),
  })
  .superRefine((standard, ctx) => {
    const stepIds = new Set<string>();
    standard.tracks.forEach((track, t) =>
      track.steps.forEach((step, s) => {
        const path = ['tracks', t, 'steps', s];
        if (stepIds.has(`${track.id}.${step.id}`)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `id langkah "${step.id}" ganda`,
          });
        }
        stepIds.add(`${track.id}.${step.id}`);
        if (step.kind === 'paraf' && !step.parafChain) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'parafChain'],
            message: 'langkah paraf wajib menyebut urutan paraf',
          });
        }
        if (step.kind === 'sign' && !step.signers) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'signers'],
            message: 'langkah tanda tangan wajib menyebut pejabat penanda tangan',
          });
        }
      }),
    );
    const trackIds = new Set(standard.tracks.map((track) => track.id));
    standard.products.forEach((product, i) => {
      if (product.kind === 'letter' && !product.letterKind) {
        ctx.addIssue({
          code: 'custom',
          path: ['products', i, 'letterKind'],
          message: 'produk surat wajib menyebut jenis surat',
        });
      }
    });
    const trackRefs = [
      ['products', standard.products],
      ['requirements', standard.requirements],
      ['completionTimes', standard.completionTimes],
    ] as const;
    for (const [field, items] of trackRefs) {
      items.forEach((item: { track?: string | undefined }, i) => {
        if (item.track && !trackIds.has(item.track)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, i, 'track'],
            message: `alur "${item.track}" tidak ada`,
          });
        }
      });
    }
  });
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

export const contactSchema = z.strictObject({
  kind: z.enum(['phone', 'whatsapp', 'email', 'website', 'facebook', 'instagram']),
  value: z.string().min(1),
});

export const officeSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id kantor harus huruf kecil, angka atau tanda hubung'),
  /** e.g. "Pemerintah Kabupaten Tanggamus". */
  government: z.string().min(1),
  name: z.string().min(1),
  unitKind: z.enum(['dinasSosial', 'dinasKesehatan']),
  /** The unit inside the office that runs the service, e.g. "Seksi Pelayanan Kesehatan". */
  unit: z.string().min(1).optional(),
  /** Kemendagri code of the regency/city, dotted (e.g. "18.06"). */
  regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'kode kabupaten/kota harus berbentuk 00.00'),
  /** The place name used in letters ("Kota Agung", "Solok"). */
  city: z.string().min(1),
  address: z.strictObject({
    /** Absent when the published standard does not state it; completed in the office settings. */
    street: z.string().min(1).optional(),
    postalCode: z
      .string()
      .regex(/^\d{5}$/, 'kode pos harus 5 angka')
      .optional(),
    locality: z.string().min(1).optional(),
  }),
  contacts: z.array(contactSchema),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  /** Office hours used by the SLA clock when a standard publishes none. */
  officeHours: serviceHoursSchema,
  /** Days of the month on which the month's list is sent to BPJS. */
  cutoffDays: z.array(z.number().int().min(1).max(28)).min(1),
});
export type Office = z.infer<typeof officeSchema>;

/** One data pack: an office and every version of its published standards. */
export const standardPackSchema = z
  .strictObject({
    packFormat: z.literal(1),
    office: officeSchema,
    standards: z.array(serviceStandardSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.standards.forEach((standard, i) => {
      const key = `${standard.serviceCode}@${standard.version}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['standards', i, 'version'],
          message: `versi ${key} ganda`,
        });
      }
      seen.add(key);
    });
  });
export type StandardPack = z.infer<typeof standardPackSchema>;
