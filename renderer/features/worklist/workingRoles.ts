import type { TurnRole } from '../../../shared/cases/records';
import type { StaffRole } from '../../../shared/workflow';

const turnRoles: readonly TurnRole[] = ['fo', 'bo', 'reviewer', 'signer'];

/** The roles of an account that work cases, in the order of the case's life. */
export function workingRoles(roles: readonly StaffRole[]): TurnRole[] {
  return turnRoles.filter((role) => roles.includes(role));
}
