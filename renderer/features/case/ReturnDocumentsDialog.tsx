import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { TextField } from '../../components/form/TextField';
import { CaseDialog } from './CaseDialog';
import { atFields } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';

const text = caseLabels.papers;

/** Names the papers the citizen must complete; those not marked present are ticked already. */
export function ReturnDocumentsDialog({
  papers,
  documents,
  onSubmit,
  ...dialog
}: DialogProps & { papers: readonly Requirement[]; documents: readonly DocumentRecord[] }) {
  const [missing, setMissing] = useState<string[]>(() =>
    papers
      .filter(
        (paper) => documents.find((doc) => doc.requirementId === paper.id)?.status !== 'present',
      )
      .map((paper) => paper.id),
  );
  const [note, setNote] = useState('');
  return (
    <CaseDialog
      {...dialog}
      title={text.returnTitle}
      intro={text.returnIntro}
      placeField={atFields('missing', 'note')}
      submitLabel={text.returnSubmit}
      onSubmit={() => onSubmit({ missing, ...(note.trim() ? { note } : {}) })}
    >
      <CheckboxGroup
        field="missing"
        label={text.missing}
        options={papers.map((paper) => ({
          value: paper.id,
          label: paper.label,
          ...(paper.mandatory ? {} : { hint: caseLabels.documents.optional }),
        }))}
        selected={missing}
        onChange={setMissing}
      />
      <TextField
        field="note"
        label={text.note}
        optional
        maxLength={500}
        value={note}
        onChange={setNote}
      />
    </CaseDialog>
  );
}
