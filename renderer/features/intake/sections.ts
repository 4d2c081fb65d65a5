import type { IntakeDraft } from './draft';

/** Whether the clerk recorded anything of the registry check (the date and officer start filled). */
export const registryFilled = ({ registry }: IntakeDraft) =>
  registry.registry !== '' ||
  registry.listed !== '' ||
  registry.decile !== '' ||
  registry.dataMatches !== '';

export const bpjsFilled = ({ bpjs }: IntakeDraft) =>
  Object.values(bpjs).some((value) => value.trim() !== '');

export const faskesFilled = ({ reason }: IntakeDraft) =>
  [reason.faskesName, reason.faskesLetterNumber, reason.faskesLetterDate].some(
    (value) => value.trim() !== '',
  );

export const reasonFilled = (draft: IntakeDraft) =>
  draft.reason.kind !== '' ||
  draft.reason.text.trim() !== '' ||
  draft.reason.sktmNumber.trim() !== '' ||
  faskesFilled(draft);
