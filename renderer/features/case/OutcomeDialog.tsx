import { useState } from 'react';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { DateField } from '../../components/form/DateField';
import { DigitsField } from '../../components/form/DigitsField';
import { TextField } from '../../components/form/TextField';
import { CaseDialog } from './CaseDialog';
import { atFields } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';
import { outcomeIssues, outcomePayload, type OutcomeDraft } from './outcomeIssues';
import { useDialogCheck } from './useDialogCheck';

const text = caseLabels.outcome;

/** The BPJS/Dinkes answer: the card and the date it is active from, or the rejection and why. */
export function OutcomeDialog({ onSubmit, ...dialog }: DialogProps) {
  const [draft, setDraft] = useState<OutcomeDraft>({
    kind: 'accepted',
    cardNumber: '',
    activeFrom: '',
    reason: '',
  });
  const set = (patch: Partial<OutcomeDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const check = useDialogCheck(outcomeIssues(draft));
  return (
    <CaseDialog
      {...dialog}
      title={text.title}
      placeField={atFields('outcome')}
      issues={check.shown}
      submitLabel={text.submit}
      onSubmit={() => {
        if (!check.passes()) return false;
        onSubmit({ outcome: outcomePayload(draft) });
      }}
    >
      <ChoiceGroup
        field="outcome.kind"
        label={text.kind}
        value={draft.kind}
        choices={[
          { value: 'accepted', label: text.accepted },
          { value: 'rejected', label: text.rejected },
        ]}
        onChange={(kind) => set({ kind })}
      />
      {draft.kind === 'accepted' ? (
        <div className="field-grid">
          <DigitsField
            field="outcome.cardNumber"
            label={text.cardNumber}
            className="span-7"
            length={13}
            value={draft.cardNumber}
            onChange={(cardNumber) => set({ cardNumber })}
          />
          <DateField
            field="outcome.activeFrom"
            label={text.activeFrom}
            className="span-5"
            value={draft.activeFrom}
            onChange={(activeFrom) => set({ activeFrom })}
          />
        </div>
      ) : (
        <>
          <TextField
            field="outcome.reason"
            label={text.reason}
            list="hasil-alasan-usulan"
            maxLength={500}
            value={draft.reason}
            onChange={(reason) => set({ reason })}
          />
          <datalist id="hasil-alasan-usulan">
            {text.reasonHints.map((hint) => (
              <option key={hint} value={hint} />
            ))}
          </datalist>
        </>
      )}
    </CaseDialog>
  );
}
