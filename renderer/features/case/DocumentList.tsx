import type { ReactNode } from 'react';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { caseLabels } from './labels';
import { ScanThumbnail } from './ScanThumbnail';

const text = caseLabels.documents;

/**
 * The papers the case's standard asks for, with what the counter found and the scans;
 * `footer` holds what can be done with them (the receipt).
 */
export function DocumentList({
  papers,
  documents,
  footer,
}: {
  papers: readonly Requirement[];
  documents: readonly DocumentRecord[];
  footer?: ReactNode;
}) {
  return (
    <section className="case-card" aria-label={caseLabels.sections.documents}>
      <h3 className="case-card__title">{caseLabels.sections.documents}</h3>
      <ul className="papers">
        {papers.map((paper) => {
          const document = documents.find((candidate) => candidate.requirementId === paper.id);
          const status = document?.status;
          return (
            <li key={paper.id} className={`paper paper--${status ?? 'unchecked'}`}>
              <div className="paper__head">
                <span className="paper__label">
                  {paper.label}
                  {paper.mandatory ? null : <span className="muted"> ({text.optional})</span>}
                </span>
                <span className={`paper__status paper__status--${status ?? 'unchecked'}`}>
                  {status ? text.statuses[status] : text.unchecked}
                </span>
              </div>
              {document && document.blobIds.length > 0 ? (
                <div className="paper__scans">
                  {document.blobIds.map((blobId, index) => (
                    <ScanThumbnail
                      key={blobId}
                      blobId={blobId}
                      caseId={document.caseId}
                      alt={text.scanAlt(paper.label, index + 1)}
                    />
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {footer ? <div className="case-card__footer">{footer}</div> : null}
    </section>
  );
}
