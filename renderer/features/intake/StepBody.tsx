import type { ReactNode } from 'react';
import type { ServiceStandard } from '../../../shared/standards/schema';
import type { RegionTable } from '../../../shared/validate';
import type { IntakeDraft, StepId } from './draft';
import { FactStep } from './FactStep';
import type { FieldIssue } from './fieldIssue';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import { PapersStep } from './PapersStep';
import { PersonsStep } from './PersonsStep';
import { ReasonStep } from './ReasonStep';
import type { DraftReview } from './reviewDraft';
import { ServiceStep } from './ServiceStep';
import { SummaryStep } from './SummaryStep';

export interface StepBodyProps {
  draft: IntakeDraft;
  review: DraftReview;
  services: readonly ServiceStandard[];
  today: string;
  regions: RegionTable | undefined;
  draftKey: string;
  actions: IntakeState & { forgetScan: (id: string) => void };
  shown: readonly FieldIssue[];
  general: readonly FieldIssue[];
  returnPanel: ReactNode;
  open: (step: StepId) => void;
  fix: (field: string) => void;
}

/** The form of the current step. */
export function StepBody(props: StepBodyProps) {
  const { draft, review, actions } = props;
  const { profile } = review;
  switch (draft.step) {
    case 'service':
      return <ServiceStep draft={draft} services={props.services} update={actions.update} />;
    case 'persons':
      return (
        <PersonsStep
          draft={draft}
          profile={profile}
          today={props.today}
          regions={props.regions}
          actions={actions}
        />
      );
    case 'summary':
      return (
        <SummaryStep
          draft={draft}
          review={review}
          issues={props.shown}
          general={props.general}
          regions={props.regions}
          onEdit={props.open}
          onFix={props.fix}
        />
      );
  }
  if (!profile) {
    return (
      <p className="intake-empty">
        {intakeLabels.screen.chooseServiceFirst}{' '}
        <button type="button" className="button button--link" onClick={() => props.open('service')}>
          {intakeLabels.papers.goFix(intakeLabels.steps.service)}
        </button>
      </p>
    );
  }
  switch (draft.step) {
    case 'papers':
      return (
        <PapersStep
          draft={draft}
          draftKey={props.draftKey}
          profile={profile}
          review={review}
          actions={actions}
          checkStep={(kind) => intakeLabels.steps[kind === 'registry' ? 'registry' : 'bpjs']}
          returnPanel={props.returnPanel}
        />
      );
    case 'registry':
    case 'bpjs':
      return (
        <FactStep
          step={draft.step}
          draft={draft}
          profile={profile}
          review={review}
          today={props.today}
          actions={actions}
        />
      );
    case 'reason':
      return <ReasonStep draft={draft} profile={profile} setReason={actions.setReason} />;
  }
}
