// The intake's one seam to the rest of the app: who is signed in, the counter database and its
// executor, and where the case detail lives. Everything else in this folder is pure or React.
import { useCallback, useMemo } from 'react';
import { caseCheckDocumentsSchema } from '../../../shared/commands/caseCheckDocuments';
import type { OfficeProfile } from '../../../shared/office/profile';
import { executeAll, type CommandCall } from '../../db/executeAll';
import type { BlobRow } from '../../db/rows';
import { useSession } from '../auth/useSession';
import { openCase } from '../case/caseLink';
import { counterDb } from '../case/counterDb';
import { useCommandContext } from '../case/useCommandContext';
import { clearDraftScans, draftScanDb, getDraftScan } from '../scans/draftScanStore';
import { intakeLabels } from './labels';
import type { ExecutePlan } from './runPlan';

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

/** The scans the checklists name, as `blobs` rows of the case, read from the draft's store. */
async function scansOf(draftKey: string, calls: readonly CommandCall[]): Promise<BlobRow[]> {
  const checklists = calls.flatMap((call) => {
    if (call.type !== 'case.checkDocuments') return [];
    const parsed = caseCheckDocumentsSchema.safeParse(call.payload);
    return parsed.success ? [parsed.data] : [];
  });
  const wanted = checklists.flatMap((checklist) =>
    checklist.documents.flatMap((document) =>
      document.blobIds.map((id) => ({ id, caseId: checklist.caseId })),
    ),
  );
  const rows = await Promise.all(
    wanted.map(async ({ id, caseId }) => {
      const row = await getDraftScan(draftScanDb(), draftKey, id);
      return row
        ? [{ id, caseId, mime: row.mime, size: row.size, data: row.data, createdAt: row.createdAt }]
        : [];
    }),
  );
  return rows.flat();
}

/**
 * Runs the draft's commands in one transaction with a fresh context (and clock), the
 * checklist's scans stored in it too. Null until signed in with a usable catalog.
 */
export function useExecutePlan(draftKey: string): ExecutePlan | null {
  const context = useCommandContext();
  const execute = useCallback<ExecutePlan>(
    async (calls) => {
      const current = context();
      if (!current) throw new Error(intakeLabels.screen.noSession);
      return executeAll(counterDb(), calls, current, await scansOf(draftKey, calls));
    },
    [context, draftKey],
  );
  return context() === null ? null : execute;
}

/** Whether the draft's case is already stored: its submission landed before the app closed. */
export async function isStored(caseId: string): Promise<boolean> {
  return (await counterDb().cases.get(caseId)) !== undefined;
}

/** Forgets a finished draft's scan bytes (they are in `blobs` now, or were thrown away). */
export function forgetDraftScans(draftKey: string): Promise<number> {
  return clearDraftScans(draftScanDb(), draftKey);
}

export const openCaseDetail = openCase;
