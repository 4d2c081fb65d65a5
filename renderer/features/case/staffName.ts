import type { StaffName } from './caseSource';
import { caseLabels } from './labels';

/** The name of whoever did something; an account from another device shows its id. */
export function staffName(staff: ReadonlyMap<string, StaffName>, userId: string): string {
  return staff.get(userId)?.name ?? caseLabels.someone(userId);
}
