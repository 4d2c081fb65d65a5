import type { PinHash } from '../../../shared/users/pin';
import type { UserDetails } from '../../../shared/users/user';
import type { LetterheadValues } from '../settings/office/letterheadForm';
import { emptyUserForm, type UserFormValues } from '../settings/users/userForm';

export const setupSteps = ['office', 'letterhead', 'admin', 'users', 'done'] as const;
export type SetupStep = (typeof setupSteps)[number];

/** An account the wizard will create; its PIN is already hashed. */
export interface DraftAccount {
  id: string;
  details: UserDetails;
  pin: PinHash;
}

/** Everything typed so far. Kept across reloads; PINs only as hashes. */
export interface SetupDraft {
  step: SetupStep;
  officeId: string | null;
  letterhead: LetterheadValues | null;
  adminName: string;
  admin: DraftAccount | null;
  users: DraftAccount[];
  /** The "new user" form as typed, PIN excepted. */
  userForm: UserFormValues;
}

export const emptyDraft: SetupDraft = {
  step: 'office',
  officeId: null,
  letterhead: null,
  adminName: '',
  admin: null,
  users: [],
  userForm: emptyUserForm,
};

/** The furthest step the draft has what it needs for; a reload never lands past it. */
export function reachableStep(draft: SetupDraft): SetupStep {
  const wanted = setupSteps.indexOf(draft.step);
  const ready: Record<SetupStep, boolean> = {
    office: true,
    letterhead: draft.officeId !== null && draft.letterhead !== null,
    admin: draft.letterhead !== null,
    users: draft.admin !== null,
    done: draft.admin !== null,
  };
  let step: SetupStep = 'office';
  for (const candidate of setupSteps.slice(0, wanted + 1)) {
    if (!ready[candidate]) break;
    step = candidate;
  }
  return step;
}
