// The paper checklist of a re-check on the case screen: each paper marked again, with the
// scans stored before and those attached now. Pure; the dialog keeps the state.
import type { CaseCheckDocumentsPayload } from '../../../shared/commands/caseCheckDocuments';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { missingValue } from '../intake/fieldIssue';
import type { PaperDraft } from '../intake/draft';
import { intakeLabels } from '../intake/labels';
import type { ScanRef } from '../scans/scanRef';
import type { DialogIssue } from './useDialogCheck';

/** By requirement id: the mark and the scans attached in this re-check. */
export type Recheck = Record<string, PaperDraft>;

const unmarked: PaperDraft = { status: '', scans: [] };

export const paperIn = (recheck: Recheck, requirementId: string): PaperDraft =>
  recheck[requirementId] ?? unmarked;

/** Papers found present stay present, missing ones stay missing; papers given back are marked anew. */
export function startRecheck(
  papers: readonly Requirement[],
  documents: readonly DocumentRecord[],
): Recheck {
  return Object.fromEntries(
    papers.map((paper) => {
      const status = documents.find((doc) => doc.requirementId === paper.id)?.status;
      return [paper.id, { status: status === 'returned' || !status ? '' : status, scans: [] }];
    }),
  );
}

export function markPaper(recheck: Recheck, id: string, patch: Partial<PaperDraft>): Recheck {
  return { ...recheck, [id]: { ...paperIn(recheck, id), ...patch } };
}

export function attachScan(recheck: Recheck, id: string, scan: ScanRef): Recheck {
  const paper = paperIn(recheck, id);
  if (paper.scans.some((known) => known.id === scan.id)) return recheck;
  return markPaper(recheck, id, { scans: [...paper.scans, scan] });
}

export function detachScan(recheck: Recheck, id: string, scanId: string): Recheck {
  const paper = paperIn(recheck, id);
  return markPaper(recheck, id, { scans: paper.scans.filter((scan) => scan.id !== scanId) });
}

/** Whether any paper still holds the scan (the same page may serve two papers). */
export const scanInUse = (recheck: Recheck, scanId: string) =>
  Object.values(recheck).some((paper) => paper.scans.some((scan) => scan.id === scanId));

/** The ids of every scan attached in this re-check. */
export const newScanIds = (recheck: Recheck) => [
  ...new Set(Object.values(recheck).flatMap((paper) => paper.scans.map((scan) => scan.id))),
];

export function recheckIssues(papers: readonly Requirement[], recheck: Recheck): DialogIssue[] {
  return papers
    .filter((paper) => paperIn(recheck, paper.id).status === '')
    .map((paper) => missingValue(`papers.${paper.id}`, intakeLabels.issues.paperUnmarked));
}

/**
 * The checklist for `case.checkDocuments`: every paper with its mark, the scans stored before
 * and those attached now whose bytes are at hand (`stored`).
 */
export function recheckDocuments(
  papers: readonly Requirement[],
  documents: readonly DocumentRecord[],
  recheck: Recheck,
  stored: ReadonlySet<string>,
): CaseCheckDocumentsPayload['documents'] {
  return papers.map((paper) => {
    const before = documents.find((doc) => doc.requirementId === paper.id)?.blobIds ?? [];
    const added = paperIn(recheck, paper.id)
      .scans.map((scan) => scan.id)
      .filter((id) => stored.has(id));
    return {
      requirementId: paper.id,
      status: paperIn(recheck, paper.id).status === 'present' ? 'present' : 'missing',
      blobIds: [...new Set([...before, ...added])],
    };
  });
}

/** Where the command's error on `documents.<n>` shows: at that paper's row. */
export function paperErrorField(papers: readonly Requirement[]) {
  return (field: string): string | undefined => {
    const index = /^documents\.(\d+)/.exec(field)?.[1];
    const paper = index === undefined ? undefined : papers[Number(index)];
    return paper ? `papers.${paper.id}` : undefined;
  };
}
