import type { ReactNode } from 'react';
import type { Requirement } from '../../../shared/standards/schema';
import type { PaperDraft } from './draft';
import { PaperRow, type PaperActions } from './PaperRow';

/** The checklist's rows, one a requirement; `stored` adds what the case already holds of a paper. */
export function PaperList({
  papers,
  paperOf,
  draftKey,
  actions,
  stored,
}: {
  papers: readonly Requirement[];
  paperOf: (requirementId: string) => PaperDraft;
  draftKey: string;
  actions: PaperActions;
  stored?: (requirement: Requirement) => ReactNode;
}) {
  return (
    <ol className="paper-rows">
      {papers.map((requirement) => (
        <PaperRow
          key={requirement.id}
          requirement={requirement}
          paper={paperOf(requirement.id)}
          draftKey={draftKey}
          actions={actions}
        >
          {stored?.(requirement)}
        </PaperRow>
      ))}
    </ol>
  );
}
