import type { RegionTable } from '../../../shared/validate';
import type { IntakeDraft, StepId } from './draft';
import { EligibilityPanel } from './EligibilityPanel';
import { errorsOf, type FieldIssue } from './fieldIssue';
import { IssueList } from './IssueList';
import { intakeLabels } from './labels';
import { PapersSummary } from './PapersSummary';
import type { DraftReview } from './reviewDraft';
import { bpjsText, personRows, reasonRows, registryText, type Rows } from './summaryText';

const labels = intakeLabels.summary;

function Block({
  title,
  step,
  rows,
  onEdit,
}: {
  title: string;
  step: StepId;
  rows: Rows;
  onEdit: (step: StepId) => void;
}) {
  return (
    <section className="intake-summary-block">
      <h3 className="intake-summary-block__heading">
        {title}
        <button type="button" className="button button--link" onClick={() => onEdit(step)}>
          {labels.edit}
          <span className="visually-hidden"> {title}</span>
        </button>
      </h3>
      <dl className="intake-summary-block__rows">
        {rows.map(([term, detail]) => (
          <div
            key={term || detail}
            className={`intake-summary-block__row${term ? '' : ' intake-summary-block__row--bare'}`}
          >
            {term ? <dt>{term}</dt> : null}
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SummaryStep({
  draft,
  review,
  issues,
  general,
  regions,
  onEdit,
  onFix,
}: {
  draft: IntakeDraft;
  review: DraftReview;
  /** Every issue of the draft as shown, command errors included. */
  issues: readonly FieldIssue[];
  /** Command errors that name no field. */
  general: readonly FieldIssue[];
  regions: RegionTable | undefined;
  onEdit: (step: StepId) => void;
  onFix: (field: string) => void;
}) {
  const { standard, profile } = review;
  const errors = errorsOf(issues);
  const contextOf = (field: string) => {
    const [root, id] = field.split('.');
    if (root === 'applicant') return labels.applicant;
    if (root === 'subject') return labels.subject;
    if (root === 'papers' && id)
      return profile?.papers.find((paper) => paper.id === id)?.label ?? '';
    return '';
  };
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const self = draft.relationship === 'self';
  const track = standard?.tracks.find((candidate) => candidate.id === draft.trackId);
  const subjectAddress = draft.subjectSameAddress ? draft.applicant.address : draft.subject.address;
  return (
    <div className="intake-stack">
      {errors.length > 0 ? (
        <section className="intake-problems" role="alert" aria-labelledby="masalah-heading">
          <h3 id="masalah-heading">{labels.problemsHeading(errors.length)}</h3>
          <IssueList issues={errors} contextOf={contextOf} onFix={onFix} />
        </section>
      ) : null}
      {general.length > 0 ? (
        <section className="intake-problems" role="alert">
          <h3>{labels.commandFailed}</h3>
          <IssueList issues={general} contextOf={contextOf} />
        </section>
      ) : null}
      <div className="intake-summary-grid">
        <Block
          title={intakeLabels.steps.service}
          step="service"
          onEdit={onEdit}
          rows={[
            [labels.service, standard?.title ?? '—'],
            ...(standard && standard.tracks.length > 1
              ? ([[labels.track, track?.label ?? '—']] as Rows)
              : []),
            [labels.version, standard ? String(standard.version) : '—'],
            [labels.priority, draft.priority ? intakeLabels.priorities[draft.priority] : '—'],
          ]}
        />
        <Block
          title={labels.applicant}
          step="persons"
          onEdit={onEdit}
          rows={personRows(draft.applicant, draft.applicant.address, regions, false)}
        />
        <Block
          title={labels.subject}
          step="persons"
          onEdit={onEdit}
          rows={
            self
              ? [['', labels.same]]
              : [
                  [labels.relationship, intakeLabels.relationshipNouns[draft.relationship]],
                  ...personRows(
                    draft.subject,
                    subjectAddress,
                    regions,
                    (profile?.newborn ?? false) && draft.subject.noNik,
                  ),
                ]
          }
        />
        <Block
          title={labels.registry}
          step="registry"
          onEdit={onEdit}
          rows={[['', registryText(draft)]]}
        />
        <Block title={labels.bpjs} step="bpjs" onEdit={onEdit} rows={[['', bpjsText(draft)]]} />
        <Block title={labels.reason} step="reason" onEdit={onEdit} rows={reasonRows(draft)} />
        {profile ? (
          <PapersSummary draft={draft} papers={profile.papers} onEdit={() => onEdit('papers')} />
        ) : null}
      </div>
      <EligibilityPanel findings={review.findings} />
      {warnings.length > 0 ? (
        <section className="intake-warnings" aria-labelledby="perhatian-heading">
          <h3 id="perhatian-heading">{labels.warningsHeading}</h3>
          <IssueList issues={warnings} contextOf={contextOf} onFix={onFix} />
        </section>
      ) : null}
    </div>
  );
}
