// Registering the case (or registering it and giving the papers back) from the draft.
import { useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { RegionTable } from '../../../shared/validate';
import type { IntakeDraft } from './draft';
import type { IntakeState } from './intakeStore';
import { returnSlipData } from './returnSlip';
import type { DraftReview } from './reviewDraft';
import { runPlan, type ExecutePlan } from './runPlan';
import { forgetDraftScans, isStored, openCaseDetail, type IntakeSession } from './submitIntake';
import { submissionPlan, type SubmitMode } from './submissionPlan';

export function useIntakeSubmit({
  draft,
  review,
  session,
  execute,
  regions,
  actions,
}: {
  draft: IntakeDraft;
  review: DraftReview;
  session: IntakeSession;
  execute: ExecutePlan | null;
  regions: RegionTable | undefined;
  actions: Pick<IntakeState, 'setProgress' | 'setCommandIssues' | 'finish'>;
}) {
  const [busy, setBusy] = useState<SubmitMode | null>(null);

  async function submit(mode: SubmitMode) {
    if (!execute || busy) return;
    const progress = draft.progress ?? {
      caseId: uuidv7(),
      applicantId: uuidv7(),
      subjectId: uuidv7(),
    };
    actions.setProgress(progress);
    actions.setCommandIssues([]);
    setBusy(mode);
    if (!(await isStored(progress.caseId))) {
      const plan = submissionPlan(draft, review, progress, session.office.id, mode);
      const outcome = await runPlan(plan, execute);
      if (!outcome.ok) {
        setBusy(null);
        actions.setCommandIssues(outcome.issues);
        return;
      }
    }
    setBusy(null);
    const slip =
      mode === 'return'
        ? returnSlipData(draft, review, {
            caseId: progress.caseId,
            now: new Date(),
            office: session.office,
            officer: session.userName,
            ...(regions ? { regions } : {}),
          })
        : null;
    actions.finish(slip);
    await forgetDraftScans(session.userId);
    if (mode === 'register') openCaseDetail(progress.caseId);
  }

  return { busy, submit };
}
