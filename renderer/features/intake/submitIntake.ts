// The intake's one seam to the rest of the app: who is signed in, the counter database and its
// executor, and where the case detail lives. Everything else in this folder is pure or React.
import { useCallback, useMemo } from 'react';
import type { CaseCheckDocumentsPayload } from '../../../shared/commands/caseCheckDocuments';
import type { OfficeProfile } from '../../../shared/office/profile';
import { executeCommand } from '../../db/executeCommand';
import type { BlobRow } from '../../db/rows';
import { useSession } from '../auth/useSession';
import { openCase } from '../case/caseLink';
import { counterDb } from '../case/counterDb';
import { useCommandContext } from '../case/useCommandContext';
import { clearDraftScans, draftScanDb, getDraftScan } from '../scans/draftScanStore';
import { intakeLabels } from './labels';
import type { Execute } from './runPlan';

export interface IntakeSession {
  userId: string;
  /** The clerk's name: the officer of the registry check, the signature on the return slip. */
  userName: string;
  /** Whether the account may open cases (front or back office). */
  mayRegister: boolean;
  office: OfficeProfile;
}

export function useIntakeSession(): IntakeSession | null {
  const user = useSession((state) => state.user);
  const office = useSession((state) => state.office);
  return useMemo(
    () =>
      user && office
        ? {
            userId: user.id,
            userName: user.name,
            mayRegister: user.roles.some((role) => role === 'fo' || role === 'bo'),
            office,
          }
        : null,
    [user, office],
  );
}

/** The checklist's scans into the `blobs` table under the case, before the checklist names them. */
async function moveScans(draftKey: string, checklist: CaseCheckDocumentsPayload): Promise<void> {
  const ids = [...new Set(checklist.documents.flatMap((document) => document.blobIds))];
  const rows = await Promise.all(ids.map((id) => getDraftScan(draftScanDb(), draftKey, id)));
  const blobs = rows.flatMap((row): BlobRow[] =>
    row
      ? [
          {
            id: row.id,
            caseId: checklist.caseId,
            mime: row.mime,
            size: row.size,
            data: row.data,
            createdAt: row.createdAt,
          },
        ]
      : [],
  );
  await counterDb().blobs.bulkPut(blobs);
}

/**
 * Runs commands through the executor with a fresh context (and clock) each time; the paper
 * checklist first takes the draft's scans along. Null until signed in with a usable catalog.
 */
export function useExecute(draftKey: string): Execute | null {
  const context = useCommandContext();
  const execute = useCallback<Execute>(
    async (type, payload) => {
      const current = context();
      if (!current) throw new Error(intakeLabels.screen.noSession);
      if (type === 'case.checkDocuments') {
        await moveScans(draftKey, payload as CaseCheckDocumentsPayload);
      }
      return executeCommand(counterDb(), type, payload, current);
    },
    [context, draftKey],
  );
  return context() === null ? null : execute;
}

/** Forgets a finished draft's scan bytes (they are in `blobs` now, or were thrown away). */
export function forgetDraftScans(draftKey: string): Promise<number> {
  return clearDraftScans(draftScanDb(), draftKey);
}

export const openCaseDetail = openCase;
