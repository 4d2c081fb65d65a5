import { z } from 'zod';
import { bpjsSegmentSchema, isoDateSchema, registryNameSchema } from '../standards/schema';
import type { CaseState } from '../workflow/types';
import type { StaffRole } from '../workflow/types';

/** Cases that go first in every worklist (someone is in hospital now, a birth, a chronic illness). */
export const prioritySchema = z.enum(['none', 'emergency', 'chronic', 'childbirth']);
export type Priority = z.infer<typeof prioritySchema>;
/** Sort weight: lower comes first. */
export const priorityRank: Record<Priority, number> = {
  emergency: 0,
  childbirth: 1,
  chronic: 2,
  none: 3,
};

/** How the applicant at the counter relates to the person to be covered. */
export const relationshipSchema = z.enum([
  'self',
  'parent',
  'child',
  'spouse',
  'sibling',
  'guardian',
  'other',
]);
export type Relationship = z.infer<typeof relationshipSchema>;

export const sexSchema = z.enum(['male', 'female']);

export const addressSchema = z.strictObject({
  street: z.string().trim().min(1).max(200),
  rt: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  rw: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  /** Kemendagri village code, dotted (e.g. `13.09.08.2001`). */
  villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
});
export type Address = z.infer<typeof addressSchema>;

/** What the clerk types for a person. NIK/KK/phone are validated by the command with `shared/validate`. */
export const personInputSchema = z.strictObject({
  /** Newborns may have no NIK yet. */
  nik: z.string().optional(),
  kk: z.string().optional(),
  name: z.string().trim().min(1).max(120),
  birthPlace: z.string().trim().max(80).optional(),
  birthDate: isoDateSchema,
  sex: sexSchema,
  address: addressSchema,
  phone: z.string().optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export interface PersonRecord {
  id: string;
  officeId: string;
  nik?: string;
  kk?: string;
  name: string;
  /** `normalizeName(name)`: the search key. */
  nameKey: string;
  birthPlace?: string;
  birthDate: string;
  sex: 'male' | 'female';
  address: Address;
  /** E.164. */
  phone?: string;
  updatedAt: string;
}

export const documentStatusSchema = z.enum(['present', 'missing', 'returned']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** One requirement of the standard, for one case. Scans live in the `blobs` table by sha256. */
export interface DocumentRecord {
  /** `${caseId}:${requirementId}` */
  id: string;
  caseId: string;
  requirementId: string;
  status: DocumentStatus;
  blobIds: string[];
  updatedAt: string;
}

export const registryCheckSchema = z.strictObject({
  registry: registryNameSchema,
  listed: z.boolean(),
  decile: z.number().int().min(1).max(10).optional(),
  /** Whether the registry data match the papers (Solok reactivation). */
  dataMatches: z.boolean().optional(),
  checkedOn: isoDateSchema,
  officer: z.string().trim().min(1).max(120),
});
export type RegistryCheck = z.infer<typeof registryCheckSchema>;

export const bpjsStatusSchema = z.strictObject({
  cardNumber: z.string().optional(),
  segment: bpjsSegmentSchema,
  status: z.enum(['active', 'nonActive']),
  /** Date the status began (deactivation date when non-active). */
  since: isoDateSchema.optional(),
  /** The family's scheme, for newborn letters (PBI-JK → BPJS, JKSS → Dinkes). */
  familyScheme: bpjsSegmentSchema.optional(),
});
export type BpjsStatus = z.infer<typeof bpjsStatusSchema>;

export const reasonSchema = z.strictObject({
  kind: z.enum(['illness', 'emergency', 'childbirth', 'chronic', 'other']),
  text: z.string().trim().max(500).optional(),
  faskes: z
    .strictObject({
      name: z.string().trim().min(1).max(160),
      letterNumber: z.string().trim().min(1).max(80),
      letterDate: isoDateSchema.optional(),
    })
    .optional(),
  sktmNumber: z.string().trim().max(80).optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

export interface CaseNote {
  at: string;
  userId: string;
  text: string;
}

/** The role whose turn it is at the current station (for the worklist); none when closed. */
export type TurnRole = Exclude<StaffRole, 'admin'>;

export interface CaseRecord {
  id: string;
  officeId: string;
  serviceCode: string;
  /** The standard version the case was opened under; kept for its whole life. */
  standardVersion: number;
  trackId: string;
  priority: Priority;
  applicantId: string;
  subjectId: string;
  relationship: Relationship;
  /** Denormalised from the subject for the worklist indexes. */
  subjectNik?: string;
  subjectKk?: string;
  subjectNameKey: string;
  subjectName: string;
  reason?: Reason;
  registry?: RegistryCheck;
  bpjs?: BpjsStatus;
  workflow: CaseState;
  /** Denormalised from `workflow` for the indexes. */
  status: CaseState['status'];
  stationId: string | null;
  turnRole: TurnRole | null;
  /** Due instant (ISO) of the current station, when it has a target. */
  dueAt?: string;
  /** Due instant of the whole case. */
  caseDueAt?: string;
  letterNumber?: string;
  notes: CaseNote[];
  /** `YYYY-MM` of registration, for the month filter. */
  month: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}
