import { z } from 'zod';
import { staffRoles, type Actor, type StaffRole } from '../workflow/types';
import { userMessages } from './messages';
import { checkNip } from './nip';
import { pinHashSchema } from './pin';
import { grades } from './ranks';

const messages = userMessages.user;

const nipSchema = z.string().transform((value, ctx) => {
  const checked = checkNip(value);
  if (checked.ok) return checked.value;
  ctx.issues.push({ code: 'custom', input: value, message: checked.message });
  return z.NEVER;
});

/** What an admin types about a person: who they are and what they may do. */
const detailsShape = {
  name: z
    .string({ error: messages.nameRequired })
    .trim()
    .min(1, { error: messages.nameRequired, abort: true })
    .min(2, { error: messages.nameTooShort })
    .max(80, { error: messages.nameTooLong }),
  roles: z
    .array(z.enum(staffRoles, { error: messages.roleInvalid }))
    .min(1, { error: messages.rolesRequired })
    .refine((roles) => new Set(roles).size === roles.length, { error: messages.rolesDuplicate }),
  /** Official posts, exactly as the standards' paraf chains and signers name them. */
  positions: z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: messages.positionEmpty })
        .max(80, { error: messages.positionTooLong }),
    )
    .refine((positions) => new Set(positions).size === positions.length, {
      error: messages.positionDuplicate,
    }),
  /** 18 digits, no spaces; required for signers. */
  nip: nipSchema.optional(),
  /** Grade (golongan/ruang) such as "IV/c"; required for signers. */
  rank: z.enum(grades, { error: messages.rankInvalid }).optional(),
};

/**
 * What signers and reviewers need besides the fields themselves. Runs even when a field
 * is wrong, so a form shows every problem at once; hence the defensive reads.
 */
function checkDuties(
  user: { roles?: unknown; positions?: unknown; nip?: unknown; rank?: unknown } | null | undefined,
  ctx: z.RefinementCtx,
): void {
  // The account itself may be missing or not an object: its own issue says so.
  if (typeof user !== 'object' || user === null) return;
  const roles: unknown[] = Array.isArray(user.roles) ? user.roles : [];
  const positions: unknown[] = Array.isArray(user.positions) ? user.positions : [];
  const signs = roles.includes('signer');
  if ((signs || roles.includes('reviewer')) && positions.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['positions'], message: messages.positionRequired });
  }
  if (signs && !user.nip) {
    ctx.addIssue({ code: 'custom', path: ['nip'], message: messages.nipRequired });
  }
  if (signs && !user.rank) {
    ctx.addIssue({ code: 'custom', path: ['rank'], message: messages.rankRequired });
  }
}

const always = { when: () => true };

export const userDetailsSchema = z.strictObject(detailsShape).superRefine(checkDuties, always);
export type UserDetails = z.output<typeof userDetailsSchema>;
export type UserDetailsInput = z.input<typeof userDetailsSchema>;

/** A staff account on this device, as the `users` table keeps it. */
export const userRecordSchema = z
  .strictObject({
    id: z.string().min(1),
    ...detailsShape,
    pin: pinHashSchema,
    failedAttempts: z.number().int().nonnegative(),
    /** ISO 8601 instant; null when not locked. */
    lockedUntil: z.iso.datetime({ offset: true }).nullable(),
    /** A deactivated account keeps its history but cannot sign in. */
    active: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .superRefine(checkDuties, always);
export type UserRecord = z.output<typeof userRecordSchema>;

/** The user as the workflow engine sees them. */
export function actorOf(user: Pick<UserRecord, 'id' | 'roles' | 'positions'>): Actor {
  return { userId: user.id, roles: user.roles, positions: user.positions };
}

export function hasRole(
  user: Pick<UserRecord, 'roles'> | null | undefined,
  ...roles: StaffRole[]
): boolean {
  return !!user && roles.some((role) => user.roles.includes(role));
}
