import type { Requirement } from '../../../shared/standards/schema';
import type { IntakeDraft } from './draft';
import { intakeLabels } from './labels';
import { paperOf } from './paperStatus';

const labels = intakeLabels.summary;

/** The checklist in the summary: each paper, whether it is there, and how many scans. */
export function PapersSummary({
  draft,
  papers,
  onEdit,
}: {
  draft: IntakeDraft;
  papers: readonly Requirement[];
  onEdit: () => void;
}) {
  return (
    <section className="intake-summary-block intake-summary-block--wide">
      <h3 className="intake-summary-block__heading">
        {labels.papers}
        <button type="button" className="button button--link" onClick={onEdit}>
          {labels.edit}
          <span className="visually-hidden"> {labels.papers}</span>
        </button>
      </h3>
      <ul className="intake-summary-papers">
        {papers.map((requirement) => {
          const paper = paperOf(draft, requirement.id);
          return (
            <li
              key={requirement.id}
              className="intake-summary-papers__item"
              data-status={paper.status || 'unmarked'}
            >
              <span>{requirement.label}</span>
              <span className="intake-summary-papers__status">
                {paper.status === 'present'
                  ? intakeLabels.papers.present
                  : paper.status === 'missing'
                    ? intakeLabels.papers.missing
                    : '—'}
                {paper.scans.length > 0 ? ` · ${labels.scans(paper.scans.length)}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
