import { BpjsFields } from './BpjsFields';
import type { IntakeDraft } from './draft';
import { EligibilityPanel } from './EligibilityPanel';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import { RegistryFields } from './RegistryFields';
import type { DraftReview } from './reviewDraft';
import { bpjsFilled, registryFilled } from './sections';
import type { TrackProfile } from './trackProfile';

export type FactStepId = 'registry' | 'bpjs';

/** What each fact step needs from the standard, and how it is emptied again. */
const steps = {
  registry: {
    labels: intakeLabels.registry,
    required: (profile: TrackProfile) => profile.registryRequired,
    filled: registryFilled,
    cleared: (draft: IntakeDraft): IntakeDraft => ({
      ...draft,
      registry: { ...draft.registry, registry: '', listed: '', decile: '', dataMatches: '' },
    }),
  },
  bpjs: {
    labels: intakeLabels.bpjs,
    required: (profile: TrackProfile) => profile.bpjsRequired,
    filled: bpjsFilled,
    cleared: (draft: IntakeDraft): IntakeDraft => ({
      ...draft,
      bpjs: { cardNumber: '', segment: '', status: '', since: '', familyScheme: '' },
    }),
  },
} satisfies Record<FactStepId, unknown>;

/**
 * A step that records facts the office checks (the registry check, the BPJS status): its
 * fields in a panel beside the live eligibility findings. Where the standard does not require
 * the step it says so and, once something is filled in, offers to clear it.
 */
export function FactStep({
  step,
  draft,
  profile,
  review,
  today,
  actions,
}: {
  step: FactStepId;
  draft: IntakeDraft;
  profile: TrackProfile;
  review: DraftReview;
  today: string;
  actions: Pick<IntakeState, 'setRegistry' | 'setBpjs' | 'update'>;
}) {
  const { labels, required, filled, cleared } = steps[step];
  return (
    <div className="intake-columns">
      <section className="intake-panel" aria-labelledby={`${step}-heading`}>
        <h3 id={`${step}-heading`} className="intake-panel__heading">
          {labels.heading}
        </h3>
        {required(profile) ? null : (
          <p className="intake-note">
            {labels.notRequired}
            {filled(draft) ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => actions.update(cleared, [step])}
                >
                  {labels.clear}
                </button>
              </>
            ) : null}
          </p>
        )}
        {step === 'registry' ? (
          <RegistryFields
            values={draft.registry}
            profile={profile}
            onChange={actions.setRegistry}
          />
        ) : (
          <>
            {profile.newborn ? (
              <p className="intake-note">{intakeLabels.bpjs.newbornHint}</p>
            ) : null}
            <BpjsFields
              values={draft.bpjs}
              profile={profile}
              today={today}
              onChange={actions.setBpjs}
            />
          </>
        )}
      </section>
      <EligibilityPanel findings={review.findings} />
    </div>
  );
}
