import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { CaseDialog } from './CaseDialog';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';

const text = caseLabels.papers;

/** Names the papers the citizen must complete; those not marked present are ticked already. */
export function ReturnDocumentsDialog({
  papers,
  documents,
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & { papers: readonly Requirement[]; documents: readonly DocumentRecord[] }) {
  const [missing, setMissing] = useState<string[]>(() =>
    papers
      .filter(
        (paper) => documents.find((doc) => doc.requirementId === paper.id)?.status !== 'present',
      )
      .map((paper) => paper.id),
  );
  const [note, setNote] = useState('');
  const toggle = (id: string) =>
    setMissing((current) =>
      current.includes(id) ? current.filter((candidate) => candidate !== id) : [...current, id],
    );
  return (
    <CaseDialog
      title={text.returnTitle}
      intro={text.returnIntro}
      errors={unplacedErrors(errors, ['missing', 'note'])}
      submitLabel={text.returnSubmit}
      busy={busy}
      onSubmit={() => onSubmit({ missing, ...(note.trim() ? { note } : {}) })}
      onClose={onClose}
    >
      <fieldset className="field">
        <legend className="field__label">{text.missing}</legend>
        <ul className="paper-choices">
          {papers.map((paper) => (
            <li key={paper.id}>
              <label className="paper-choice">
                <input
                  type="checkbox"
                  checked={missing.includes(paper.id)}
                  onChange={() => toggle(paper.id)}
                />
                <span>
                  {paper.label}
                  {paper.mandatory ? null : (
                    <span className="muted"> ({caseLabels.documents.optional})</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="kembali-berkas-galat" errors={errors} field="missing" />
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="kembali-pesan">
          {text.note}
          <span className="field__optional"> {caseLabels.dialog.optional}</span>
        </label>
        <input
          id="kembali-pesan"
          className="field__input"
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <FieldError id="kembali-pesan-galat" errors={errors} field="note" />
      </div>
    </CaseDialog>
  );
}
