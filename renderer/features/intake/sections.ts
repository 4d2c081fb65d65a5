import type { BpjsDraft, IntakeDraft, ReasonDraft, RegistryDraft } from './draft';

/** Whether the clerk recorded anything of the registry check (the date and officer start filled). */
export const registryEntered = (registry: RegistryDraft) =>
  registry.registry !== '' ||
  registry.listed !== '' ||
  registry.decile !== '' ||
  registry.dataMatches !== '';

export const bpjsEntered = (bpjs: BpjsDraft) =>
  Object.values(bpjs).some((value) => value.trim() !== '');

export const faskesEntered = (reason: ReasonDraft) =>
  [reason.faskesName, reason.faskesLetterNumber, reason.faskesLetterDate].some(
    (value) => value.trim() !== '',
  );

export const reasonEntered = (reason: ReasonDraft) =>
  reason.kind !== '' ||
  reason.text.trim() !== '' ||
  reason.sktmNumber.trim() !== '' ||
  faskesEntered(reason);

export const registryFilled = (draft: IntakeDraft) => registryEntered(draft.registry);
export const bpjsFilled = (draft: IntakeDraft) => bpjsEntered(draft.bpjs);
export const reasonFilled = (draft: IntakeDraft) => reasonEntered(draft.reason);
