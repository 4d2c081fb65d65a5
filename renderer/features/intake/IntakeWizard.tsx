import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { ServiceStandard } from '../../../shared/standards/schema';
import { focusField } from '../../components/form/fieldId';
import { FieldMessagesContext } from '../../components/form/FieldMessagesContext';
import { useRegionTable } from '../regions/useRegionTable';
import { deleteDraftScan, draftScanDb } from '../scans/draftScanStore';
import { useBusyWhileShown } from '../../platform/useBusyWhileShown';
import { stepIds, type IntakeDraft, type StepId } from './draft';
import { errorsOf, issuesAt, stepOfField } from './fieldIssue';
import { IntakeBrief } from './IntakeBrief';
import type { IntakeStore } from './intakeStore';
import { intakeLabels } from './labels';
import { paperOf } from './paperStatus';
import { ReturnPanel } from './ReturnPanel';
import { reviewDraft } from './reviewDraft';
import { StepBody } from './StepBody';
import { StepNav } from './StepNav';
import { forgetDraftScans, useExecutePlan, type IntakeSession } from './submitIntake';
import { useIntakeSubmit } from './useIntakeSubmit';
import { stepStates, visibleIssues } from './visibleIssues';
import './intake.css';

const labels = intakeLabels.screen;

export function IntakeWizard({
  draft,
  store,
  session,
  services,
  today,
}: {
  draft: IntakeDraft;
  store: IntakeStore;
  session: IntakeSession;
  services: readonly ServiceStandard[];
  today: string;
}) {
  const actions = useStore(store);
  useBusyWhileShown();
  const commandIssues = actions.commandIssues;
  const regionState = useRegionTable();
  const regions = regionState.status === 'ready' ? regionState.table : undefined;
  const review = useMemo(
    () => reviewDraft(draft, { today, services, ...(regions ? { regions } : {}) }),
    [draft, today, services, regions],
  );
  const shown = useMemo(
    () => [...visibleIssues(draft, review.issues), ...commandIssues.filter((issue) => issue.field)],
    [draft, review.issues, commandIssues],
  );
  const general = commandIssues.filter((issue) => !issue.field);
  const execute = useExecutePlan(session.userId);
  const { busy, submit } = useIntakeSubmit({ draft, review, session, execute, regions, actions });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(draft.step);
  const { focusRequest, requestFocus } = actions;
  useEffect(() => {
    const changed = shownStep.current !== draft.step;
    shownStep.current = draft.step;
    if (focusRequest) {
      focusField(focusRequest);
      requestFocus(null);
    } else if (changed) {
      window.scrollTo(0, 0);
      headingRef.current?.focus();
    }
  }, [draft.step, focusRequest, requestFocus]);

  const index = stepIds.indexOf(draft.step);
  const open = (step: StepId) => actions.setStep(step);
  const fix = (field: string) => {
    requestFocus(field);
    actions.setStep(stepOfField(field));
  };
  const forgetScan = (id: string) => void deleteDraftScan(draftScanDb(), session.userId, id);

  const errorsIn = (step: StepId) =>
    errorsOf(review.issues).filter((issue) => stepOfField(issue.field) === step);
  const unmarked = review.profile?.papers.find((paper) => paperOf(draft, paper.id).status === '');
  const blocked = unmarked
    ? {
        message: intakeLabels.papers.returnNeedsMarks,
        action: unmarked.label,
        go: () => fix(`papers.${unmarked.id}`),
      }
    : errorsIn('service').length > 0
      ? {
          message: intakeLabels.papers.returnNeedsService,
          action: intakeLabels.papers.goFix(intakeLabels.steps.service),
          go: () => fix(errorsIn('service')[0]?.field ?? 'serviceCode'),
        }
      : errorsIn('persons').length > 0
        ? {
            message: intakeLabels.papers.returnNeedsPersons,
            action: intakeLabels.papers.goFix(intakeLabels.steps.persons),
            go: () => fix(errorsIn('persons')[0]?.field ?? 'applicant'),
          }
        : undefined;

  const submitBlocked = errorsOf(review.issues).length > 0 || execute === null;
  const next = stepIds[index + 1];
  const previous = stepIds[index - 1];
  const issuesOf = (field: string) => shown.filter((issue) => issue.field === field);
  return (
    <FieldMessagesContext.Provider value={issuesOf}>
      <div className="intake">
        <aside className="intake__rail">
          <h2 className="intake__title">{labels.title}</h2>
          <nav aria-label={labels.stepsNav}>
            <StepNav
              current={draft.step}
              states={stepStates(draft, shown, review.profile)}
              onOpen={open}
            />
          </nav>
          <IntakeBrief draft={draft} {...(review.standard ? { standard: review.standard } : {})} />
          <p className="intake__saved">{labels.draftSaved}</p>
          <button
            type="button"
            className="button button--link intake__discard"
            onClick={() => {
              if (!window.confirm(labels.discardConfirm)) return;
              void forgetDraftScans(session.userId);
              actions.clear();
            }}
          >
            {labels.discard}
          </button>
        </aside>
        <main id="isi" className="intake__main" tabIndex={-1}>
          <header className="intake__header">
            <p className="intake__step-of">{labels.stepOf(index + 1, stepIds.length)}</p>
            <h2 ref={headingRef} tabIndex={-1} className="intake__heading">
              {intakeLabels.steps[draft.step]}
            </h2>
          </header>
          <StepBody
            draft={draft}
            review={review}
            services={services}
            today={today}
            regions={regions}
            draftKey={session.userId}
            actions={{ ...actions, forgetScan }}
            shown={shown}
            general={general}
            open={open}
            fix={fix}
            returnPanel={
              <ReturnPanel
                missing={review.missing}
                canReturn={review.profile?.canReturnPapers ?? false}
                busy={busy === 'return'}
                problems={[...issuesAt(commandIssues, 'papers'), ...general]}
                {...(blocked ? { blocked } : {})}
                onReturn={() => void submit('return')}
              />
            }
          />
          <footer className="intake__actions">
            {previous ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => open(previous)}
              >
                ← {labels.back}
              </button>
            ) : (
              <span />
            )}
            {next ? (
              <button type="button" className="button button--primary" onClick={() => open(next)}>
                {labels.next(intakeLabels.steps[next])} →
              </button>
            ) : (
              <span className="intake__submit">
                {submitBlocked ? (
                  <span className="muted">{intakeLabels.summary.blocked}</span>
                ) : null}
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy !== null || submitBlocked}
                  onClick={() => void submit('register')}
                >
                  {busy === 'register'
                    ? intakeLabels.summary.submitting
                    : intakeLabels.summary.submit}
                </button>
              </span>
            )}
          </footer>
        </main>
      </div>
    </FieldMessagesContext.Provider>
  );
}
