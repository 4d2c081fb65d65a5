import type { ReasonDraft } from './draft';

/** Where each reason field sits in the payload (and so in issues): the faskes letter is nested. */
export const reasonFields: Record<keyof ReasonDraft, string> = {
  kind: 'reason.kind',
  text: 'reason.text',
  faskesName: 'reason.faskes.name',
  faskesLetterNumber: 'reason.faskes.letterNumber',
  faskesLetterDate: 'reason.faskes.letterDate',
  sktmNumber: 'reason.sktmNumber',
};
