import { create } from 'zustand';

export interface CatalogSelection {
  officeId: string | null;
  serviceCode: string | null;
  /** A version the clerk picked; null shows the version in force today. */
  version: number | null;
}

export interface CatalogStore extends CatalogSelection {
  chooseOffice: (officeId: string) => void;
  chooseService: (serviceCode: string) => void;
  chooseVersion: (version: number | null) => void;
  reset: () => void;
}

const nothingChosen: CatalogSelection = { officeId: null, serviceCode: null, version: null };

/** What the clerk has chosen on the catalog screen. */
export const useCatalogStore = create<CatalogStore>()((set) => ({
  ...nothingChosen,
  chooseOffice: (officeId) =>
    set((state) =>
      state.officeId === officeId ? state : { officeId, serviceCode: null, version: null },
    ),
  chooseService: (serviceCode) => set({ serviceCode, version: null }),
  chooseVersion: (version) => set({ version }),
  reset: () => set(nothingChosen),
}));
