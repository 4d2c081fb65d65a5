import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { caseLabels } from './labels';
import { ScanThumbnail } from './ScanThumbnail';

/** The scans a paper of the case already has, in its re-check row; nothing when it has none. */
export function StoredScans({
  paper,
  documents,
}: {
  paper: Requirement;
  documents: readonly DocumentRecord[];
}) {
  const document = documents.find((doc) => doc.requirementId === paper.id);
  const blobIds = document?.blobIds ?? [];
  if (!document || blobIds.length === 0) return null;
  return (
    <div className="paper-row__stored">
      <span className="paper-row__stored-label">{caseLabels.papers.storedScans}</span>
      {blobIds.map((blobId, index) => (
        <ScanThumbnail
          key={blobId}
          blobId={blobId}
          caseId={document.caseId}
          alt={caseLabels.documents.scanAlt(paper.label, index + 1)}
        />
      ))}
    </div>
  );
}
