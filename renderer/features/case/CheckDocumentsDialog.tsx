import { useEffect, useState } from 'react';
import type { DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import { PaperList } from '../intake/PaperList';
import type { PaperActions } from '../intake/PaperRow';
import { deleteDraftScan, draftScanDb } from '../scans/draftScanStore';
import { CaseDialog } from './CaseDialog';
import type { DialogProps } from './dialogProps';
import { caseLabels } from './labels';
import {
  attachScan,
  detachScan,
  markPaper,
  newScanIds,
  paperErrorField,
  paperIn,
  recheckDocuments,
  recheckIssues,
  scanInUse,
  startRecheck,
} from './recheckPapers';
import { draftScanBlobs, forgetCaseScans } from './scanBlobs';
import { StoredScans } from './StoredScans';
import { useDialogCheck } from './useDialogCheck';

const text = caseLabels.papers;

/**
 * The paper checklist again (after the papers came back): each paper present or not, the
 * scans stored before, and new scans or photos attached now. The new scans are stored with the
 * checklist, in one transaction; until then they wait in the draft-scan store.
 */
export function CheckDocumentsDialog({
  caseId,
  draftKey,
  papers,
  documents,
  onSubmit,
  ...dialog
}: DialogProps & {
  caseId: string;
  /** Where the scans attached in this dialog wait until it is saved. */
  draftKey: string;
  papers: readonly Requirement[];
  documents: readonly DocumentRecord[];
}) {
  const [recheck, setRecheck] = useState(() => startRecheck(papers, documents));
  const [reading, setReading] = useState(false);
  const check = useDialogCheck(recheckIssues(papers, recheck));
  useEffect(() => {
    void forgetCaseScans(draftKey);
    return () => void forgetCaseScans(draftKey);
  }, [draftKey]);

  const actions: PaperActions = {
    setPaper: (id, patch) => setRecheck((current) => markPaper(current, id, patch)),
    addScan: (id, scan) => setRecheck((current) => attachScan(current, id, scan)),
    removeScan: (id, scanId) => {
      const next = detachScan(recheck, id, scanId);
      setRecheck(next);
      return !scanInUse(next, scanId);
    },
    forgetScan: (scanId) => void deleteDraftScan(draftScanDb(), draftKey, scanId),
  };

  const save = async () => {
    setReading(true);
    try {
      const blobs = await draftScanBlobs(draftKey, caseId, newScanIds(recheck));
      const stored = new Set(blobs.map((blob) => blob.id));
      onSubmit({ documents: recheckDocuments(papers, documents, recheck, stored) }, blobs);
    } finally {
      setReading(false);
    }
  };

  return (
    <CaseDialog
      {...dialog}
      title={text.checkTitle}
      intro={text.checkIntro}
      placeField={paperErrorField(papers)}
      issues={check.shown}
      submitLabel={text.checkSubmit}
      busy={dialog.busy || reading}
      wide
      onSubmit={() => {
        if (!check.passes()) return false;
        void save();
      }}
    >
      <PaperList
        papers={papers}
        paperOf={(id) => paperIn(recheck, id)}
        draftKey={draftKey}
        actions={actions}
        stored={(paper) => <StoredScans paper={paper} documents={documents} />}
      />
    </CaseDialog>
  );
}
