import { isAtOrUnder } from '../../components/form/fieldMessage';
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

/** Where a command's error on the reason shows: the faskes letter as a whole at its name. */
export const reasonErrorField = (field: string): string | undefined =>
  field === 'reason.faskes'
    ? reasonFields.faskesName
    : isAtOrUnder(field, 'reason')
      ? field
      : undefined;
