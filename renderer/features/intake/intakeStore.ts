// The wizard's store, one per signed-in user, persisted to localStorage under
// `loket.intake.<userId>`: a reload (or a power cut) resumes the draft exactly where it was.
// Scans are not here: their bytes live in IndexedDB (scans/draftScanStore), only their ids here.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ScanRef } from '../scans/scanRef';
import type {
  AddressDraft,
  BpjsDraft,
  IntakeDraft,
  PaperDraft,
  PersonDraft,
  ReasonDraft,
  RegistryDraft,
  StepId,
  SubmitProgress,
} from './draft';
import type { FieldIssue } from './fieldIssue';
import { reasonFields } from './reasonFields';
import type { ReturnSlipData } from './returnSlip';

export type Who = 'applicant' | 'subject';

export interface IntakeState {
  draft: IntakeDraft | null;
  /** The return slip on screen after papers went back; kept until the clerk closes it. */
  slip: ReturnSlipData | null;
  /** Errors the commands gave, by draft field; a field's errors go when it is edited. */
  commandIssues: FieldIssue[];
  /** A field to focus once its step is on screen ("Perbaiki"); not kept across reloads. */
  focusRequest: string | null;
  requestFocus(field: string | null): void;
  start(draft: IntakeDraft): void;
  setStep(step: StepId): void;
  update(recipe: (draft: IntakeDraft) => IntakeDraft, fields: readonly string[]): void;
  setPerson(who: Who, patch: Partial<PersonDraft>): void;
  setAddress(who: Who, patch: Partial<AddressDraft>): void;
  setPaper(requirementId: string, patch: Partial<PaperDraft>): void;
  addScan(requirementId: string, scan: ScanRef): void;
  /** Removes a scan from a paper; true when no other paper of the draft still uses it. */
  removeScan(requirementId: string, scanId: string): boolean;
  setRegistry(patch: Partial<RegistryDraft>): void;
  setBpjs(patch: Partial<BpjsDraft>): void;
  setReason(patch: Partial<ReasonDraft>): void;
  setProgress(progress: SubmitProgress | undefined): void;
  setCommandIssues(issues: FieldIssue[]): void;
  /** Ends the draft (registered, or returned with the slip to show). */
  finish(slip: ReturnSlipData | null): void;
  /** Ends the draft, or closes the slip. */
  clear(): void;
}

const touches = (issue: FieldIssue, fields: readonly string[]) =>
  fields.some((field) => issue.field === field || issue.field.startsWith(`${field}.`));

const keysOf = (root: string, patch: object) => Object.keys(patch).map((key) => `${root}.${key}`);

export type IntakeStore = UseBoundStore<StoreApi<IntakeState>>;

export function createIntakeStore(userId: string, storage?: Storage): IntakeStore {
  return create<IntakeState>()(
    persist(
      (set, get) => {
        const update: IntakeState['update'] = (recipe, fields) =>
          set((state) =>
            state.draft
              ? {
                  draft: recipe(state.draft),
                  commandIssues: state.commandIssues.filter((issue) => !touches(issue, fields)),
                }
              : state,
          );
        const paperPatch = (id: string, patch: (paper: PaperDraft) => Partial<PaperDraft>) =>
          update(
            (draft) => {
              const paper = draft.papers[id] ?? { status: '', scans: [] };
              return { ...draft, papers: { ...draft.papers, [id]: { ...paper, ...patch(paper) } } };
            },
            [`papers.${id}`, 'papers'],
          );
        return {
          draft: null,
          slip: null,
          commandIssues: [],
          focusRequest: null,
          requestFocus: (focusRequest) => set({ focusRequest }),
          start: (draft) => set({ draft, commandIssues: [] }),
          setStep: (step) =>
            update(
              (draft) => ({
                ...draft,
                step,
                visited: draft.visited.includes(draft.step)
                  ? draft.visited
                  : [...draft.visited, draft.step],
              }),
              [],
            ),
          update,
          setPerson: (who, patch) =>
            update(
              (draft) => ({ ...draft, [who]: { ...draft[who], ...patch } }),
              keysOf(who, patch),
            ),
          setAddress: (who, patch) =>
            update(
              (draft) => ({
                ...draft,
                [who]: { ...draft[who], address: { ...draft[who].address, ...patch } },
              }),
              keysOf(`${who}.address`, patch),
            ),
          setPaper: (id, patch) => paperPatch(id, () => patch),
          addScan: (id, scan) =>
            paperPatch(id, (paper) => ({
              scans: paper.scans.some((known) => known.id === scan.id)
                ? paper.scans
                : [...paper.scans, scan],
            })),
          removeScan: (id, scanId) => {
            paperPatch(id, (paper) => ({
              scans: paper.scans.filter((scan) => scan.id !== scanId),
            }));
            const papers = Object.values(get().draft?.papers ?? {});
            return !papers.some((paper) => paper.scans.some((scan) => scan.id === scanId));
          },
          setRegistry: (patch) =>
            update(
              (draft) => ({ ...draft, registry: { ...draft.registry, ...patch } }),
              keysOf('registry', patch),
            ),
          setBpjs: (patch) =>
            update(
              (draft) => ({ ...draft, bpjs: { ...draft.bpjs, ...patch } }),
              keysOf('bpjs', patch),
            ),
          setReason: (patch) =>
            update(
              (draft) => ({ ...draft, reason: { ...draft.reason, ...patch } }),
              Object.keys(patch).map((key) => reasonFields[key as keyof ReasonDraft]),
            ),
          setProgress: (progress) =>
            update((draft) => {
              const rest = { ...draft };
              delete rest.progress;
              return progress ? { ...rest, progress } : rest;
            }, []),
          setCommandIssues: (commandIssues) => set({ commandIssues }),
          finish: (slip) => set({ draft: null, slip, commandIssues: [] }),
          clear: () => set({ draft: null, slip: null, commandIssues: [] }),
        };
      },
      {
        name: `loket.intake.${userId}`,
        version: 1,
        storage: createJSONStorage(() => storage ?? window.localStorage),
        partialize: (state) => ({ draft: state.draft, slip: state.slip }),
      },
    ),
  );
}

const stores = new Map<string, IntakeStore>();

/** The store of one user's draft, created on first use. */
export function intakeStoreFor(userId: string): IntakeStore {
  let store = stores.get(userId);
  if (!store) {
    store = createIntakeStore(userId);
    stores.set(userId, store);
  }
  return store;
}
