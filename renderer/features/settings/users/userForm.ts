import { z } from 'zod';
import type { Grade } from '../../../../shared/users/ranks';
import { userDetailsSchema, type UserDetails } from '../../../../shared/users/user';
import type { StaffRole } from '../../../../shared/workflow/types';
import { fieldErrors } from '../../../components/form/fieldErrors';

/** An account's details as typed. */
export interface UserFormValues {
  name: string;
  roles: StaffRole[];
  /** Positions ticked from the office's known posts. */
  positions: string[];
  /** Other posts, comma-separated. */
  otherPositions: string;
  nip: string;
  /** A grade such as "IV/c", or empty. */
  rank: string;
}

export type UserFormField = 'name' | 'roles' | 'positions' | 'nip' | 'rank';
export type UserFormErrors = Partial<Record<UserFormField | 'form', string>>;

export const emptyUserForm: UserFormValues = {
  name: '',
  roles: [],
  positions: [],
  otherPositions: '',
  nip: '',
  rank: '',
};

const indonesianErrors = z.locales.id().localeError;

/** The form for an existing account: known posts ticked, the rest in "other". */
export function userFormValues(
  user: Pick<UserDetails, 'name' | 'roles' | 'positions' | 'nip' | 'rank'>,
  knownPositions: readonly string[],
): UserFormValues {
  return {
    name: user.name,
    roles: [...user.roles],
    positions: user.positions.filter((position) => knownPositions.includes(position)),
    otherPositions: user.positions
      .filter((position) => !knownPositions.includes(position))
      .join(', '),
    nip: user.nip ?? '',
    rank: user.rank ?? '',
  };
}

/**
 * Checks the form with the account schema. NIP and rank count only for signers (the form
 * shows them only then); posts keep the order of the known list, then the others.
 */
export function checkUserForm(
  values: UserFormValues,
): { ok: true; details: UserDetails } | { ok: false; errors: UserFormErrors } {
  const signs = values.roles.includes('signer');
  const others = values.otherPositions
    .split(',')
    .map((position) => position.trim())
    .filter(Boolean);
  const input = {
    name: values.name,
    roles: values.roles,
    positions: [...values.positions, ...others],
    ...(signs && values.nip.trim() !== '' && { nip: values.nip }),
    ...(signs && values.rank !== '' && { rank: values.rank as Grade }),
  };
  const parsed = userDetailsSchema.safeParse(input, { error: indonesianErrors });
  if (parsed.success) return { ok: true, details: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, errors: fieldErrors(issues, fieldOf) };
}

function fieldOf(path: string): UserFormField | null {
  const head = path.split('.')[0];
  return head === 'name' ||
    head === 'roles' ||
    head === 'positions' ||
    head === 'nip' ||
    head === 'rank'
    ? head
    : null;
}
