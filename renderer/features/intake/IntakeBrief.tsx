import type { ServiceStandard } from '../../../shared/standards/schema';
import type { IntakeDraft } from './draft';
import { subjectOf } from './draftFacts';
import { intakeLabels } from './labels';

const labels = intakeLabels.brief;

/** Who and what this intake is about, under the step list. */
export function IntakeBrief({
  draft,
  standard,
}: {
  draft: IntakeDraft;
  standard?: ServiceStandard;
}) {
  const track =
    standard && standard.tracks.length > 1
      ? standard.tracks.find((t) => t.id === draft.trackId)
      : undefined;
  const subject = subjectOf(draft).name.trim();
  return (
    <section className="intake-brief" aria-labelledby="ringkas-heading">
      <h2 id="ringkas-heading" className="intake-brief__heading">
        {labels.heading}
      </h2>
      <dl>
        <dt>{labels.service}</dt>
        <dd>
          {standard ? <span className="code">{standard.serviceCode}</span> : labels.none}
          {track ? ` · ${track.label}` : ''}
        </dd>
        <dt>{labels.subject}</dt>
        <dd>{subject || labels.none}</dd>
        <dt>{labels.priority}</dt>
        <dd>
          {draft.priority ? (
            <span className={`intake-priority-tag intake-priority-tag--${draft.priority}`}>
              {intakeLabels.priorities[draft.priority]}
            </span>
          ) : (
            labels.none
          )}
        </dd>
      </dl>
    </section>
  );
}
