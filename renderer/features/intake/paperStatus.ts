import { missingPapers } from '../../../shared/cases/papers';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { CaseFacts } from '../../../shared/standards/conditions';
import type { Requirement } from '../../../shared/standards/schema';
import type { IntakeDraft, PaperDraft } from './draft';

const unmarked: PaperDraft = { status: '', scans: [] };

export function paperOf(draft: IntakeDraft, requirementId: string): PaperDraft {
  return draft.papers[requirementId] ?? unmarked;
}

/**
 * The mandatory papers not marked present, by the same rule the command uses (a paper that
 * applies only under a condition is still asked for while the condition is undecided).
 */
export function missingMandatory(
  draft: IntakeDraft,
  papers: readonly Requirement[],
  facts: CaseFacts,
): Requirement[] {
  const checklist = papers.map((requirement): DocumentRecord => ({
    id: requirement.id,
    caseId: '',
    requirementId: requirement.id,
    status: paperOf(draft, requirement.id).status === 'present' ? 'present' : 'missing',
    blobIds: [],
    updatedAt: '',
  }));
  return missingPapers(papers, checklist, facts);
}
