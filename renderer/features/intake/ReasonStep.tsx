import type { IntakeDraft } from './draft';
import { FaskesLetterFields } from './FaskesLetterFields';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import { ReasonFields } from './ReasonFields';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.reason;

export function ReasonStep({
  draft,
  profile,
  setReason,
}: {
  draft: IntakeDraft;
  profile: TrackProfile;
  setReason: IntakeState['setReason'];
}) {
  const faskes = profile.faskesPaper;
  return (
    <div className="intake-stack">
      <section className="intake-panel" aria-labelledby="alasan-heading">
        <h3 id="alasan-heading" className="intake-panel__heading">
          {labels.heading}
        </h3>
        <ReasonFields values={draft.reason} onChange={setReason} />
      </section>
      <section className="intake-panel" aria-labelledby="faskes-heading">
        <h3 id="faskes-heading" className="intake-panel__heading">
          {labels.faskesHeading}
          <span className="intake-panel__sub">
            {faskes?.mandatory ? labels.faskesRequired(faskes.label) : labels.faskesOptional}
          </span>
        </h3>
        <FaskesLetterFields values={draft.reason} onChange={setReason} />
      </section>
    </div>
  );
}
