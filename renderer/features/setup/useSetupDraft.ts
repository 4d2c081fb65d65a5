import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { LetterheadValues } from '../settings/office/letterheadForm';
import type { UserFormValues } from '../settings/users/userForm';
import { emptyDraft, type DraftAccount, type SetupDraft, type SetupStep } from './setupDraft';

interface SetupDraftStore extends SetupDraft {
  goTo: (step: SetupStep) => void;
  /** A new office starts a new letterhead; the same office keeps what was typed. */
  chooseOffice: (officeId: string, letterhead: LetterheadValues) => void;
  setLetterhead: (letterhead: LetterheadValues) => void;
  setAdminName: (name: string) => void;
  setAdmin: (admin: DraftAccount) => void;
  addUser: (user: DraftAccount) => void;
  removeUser: (id: string) => void;
  setUserForm: (values: UserFormValues) => void;
  reset: () => void;
}

/** The first-start wizard's draft, in localStorage so a reload or a crash loses nothing. */
export const useSetupDraft = create<SetupDraftStore>()(
  persist(
    (set) => ({
      ...emptyDraft,
      goTo: (step) => set({ step }),
      chooseOffice: (officeId, letterhead) =>
        set((draft) => (draft.officeId === officeId ? draft : { officeId, letterhead })),
      setLetterhead: (letterhead) => set({ letterhead }),
      setAdminName: (adminName) => set({ adminName }),
      setAdmin: (admin) => set({ admin }),
      addUser: (user) => set((draft) => ({ users: [...draft.users, user] })),
      removeUser: (id) => set((draft) => ({ users: draft.users.filter((user) => user.id !== id) })),
      setUserForm: (userForm) => set({ userForm }),
      reset: () => set(emptyDraft),
    }),
    {
      name: 'loket.setupDraft',
      version: 1,
      storage: createJSONStorage(() => window.localStorage),
      partialize: ({ step, officeId, letterhead, adminName, admin, users, userForm }) => ({
        step,
        officeId,
        letterhead,
        adminName,
        admin,
        users,
        userForm,
      }),
    },
  ),
);
