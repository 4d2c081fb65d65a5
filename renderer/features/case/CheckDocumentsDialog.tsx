import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { CaseDialog } from './CaseDialog';
import { unplacedErrors } from './dialogErrors';
import type { DialogProps } from './dialogProps';
import { FieldError } from './FieldError';
import { caseLabels } from './labels';

const text = caseLabels.papers;
type Mark = 'present' | 'missing';

/** The paper checklist: present or not, per requirement; the scans already attached stay attached. */
export function CheckDocumentsDialog({
  papers,
  documents,
  errors,
  busy,
  onSubmit,
  onClose,
}: DialogProps & { papers: readonly Requirement[]; documents: readonly DocumentRecord[] }) {
  const documentOf = (id: string) => documents.find((doc) => doc.requirementId === id);
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(
      papers.map((paper) => [
        paper.id,
        documentOf(paper.id)?.status === 'present' ? 'present' : 'missing',
      ]),
    ),
  );
  const submit = () =>
    onSubmit({
      documents: papers.map((paper) => ({
        requirementId: paper.id,
        status: marks[paper.id] ?? 'missing',
        blobIds: documentOf(paper.id)?.blobIds ?? [],
      })),
    });
  return (
    <CaseDialog
      title={text.checkTitle}
      intro={text.checkIntro}
      errors={unplacedErrors(errors, ['documents'])}
      submitLabel={text.checkSubmit}
      busy={busy}
      onSubmit={submit}
      onClose={onClose}
    >
      <table className="paper-check">
        <tbody>
          {papers.map((paper, index) => (
            <tr key={paper.id}>
              <th scope="row">
                {paper.label}
                {paper.mandatory ? (
                  <span className="paper-check__mandatory"> · {text.mandatory}</span>
                ) : null}
                <FieldError
                  id={`periksa-${paper.id}-galat`}
                  errors={errors}
                  field={`documents.${index}`}
                />
              </th>
              {(['present', 'missing'] as const).map((mark) => (
                <td key={mark}>
                  <label className="choice-pill">
                    <input
                      type="radio"
                      name={`periksa-${paper.id}`}
                      checked={marks[paper.id] === mark}
                      onChange={() => setMarks((current) => ({ ...current, [paper.id]: mark }))}
                    />
                    {mark === 'present' ? text.present : text.absent}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </CaseDialog>
  );
}
