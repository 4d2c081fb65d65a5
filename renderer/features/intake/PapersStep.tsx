import type { ReactNode } from 'react';
import type { IntakeDraft } from './draft';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import { paperOf } from './paperStatus';
import { PaperList } from './PaperList';
import type { DraftReview } from './reviewDraft';
import type { TrackProfile } from './trackProfile';

const labels = intakeLabels.papers;

export function PapersStep({
  draft,
  draftKey,
  profile,
  review,
  actions,
  checkStep,
  returnPanel,
}: {
  draft: IntakeDraft;
  draftKey: string;
  profile: TrackProfile;
  review: DraftReview;
  actions: Pick<IntakeState, 'setPaper' | 'addScan' | 'removeScan' | 'update'> & {
    forgetScan: (id: string) => void;
  };
  /** The step name where a non-paper requirement is recorded. */
  checkStep: (kind: 'registry' | 'condition') => string;
  /** Shown when mandatory papers are missing. */
  returnPanel: ReactNode;
}) {
  const mandatory = profile.papers.filter((requirement) => requirement.mandatory);
  const present = mandatory.filter(
    (requirement) => paperOf(draft, requirement.id).status === 'present',
  );
  const markAll = () =>
    actions.update(
      (current) => ({
        ...current,
        papers: Object.fromEntries([
          ...Object.entries(current.papers),
          ...profile.papers.map((requirement) => [
            requirement.id,
            { ...paperOf(current, requirement.id), status: 'present' as const },
          ]),
        ]),
      }),
      ['papers'],
    );
  return (
    <div className="intake-stack">
      <section className="intake-panel" aria-labelledby="berkas-heading">
        <div className="intake-panel__bar">
          <h3 id="berkas-heading" className="intake-panel__heading">
            {labels.heading}
            <span className="intake-panel__sub">{labels.intro}</span>
          </h3>
          {profile.papers.length > 0 ? (
            <div className="intake-panel__tools">
              <span className="intake-count" aria-live="polite">
                {labels.count(present.length, mandatory.length)}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={markAll}
              >
                {labels.allPresent}
              </button>
            </div>
          ) : null}
        </div>
        {profile.papers.length === 0 ? (
          <p className="intake-empty">{labels.none}</p>
        ) : (
          <PaperList
            papers={profile.papers}
            paperOf={(id) => paperOf(draft, id)}
            draftKey={draftKey}
            actions={actions}
          />
        )}
      </section>
      {review.missing.some((requirement) => paperOf(draft, requirement.id).status === 'missing')
        ? returnPanel
        : null}
      {profile.checks.length > 0 ? (
        <section className="intake-panel" aria-labelledby="cek-heading">
          <h3 id="cek-heading" className="intake-panel__heading">
            {labels.checksHeading}
          </h3>
          <ul className="intake-checks">
            {profile.checks.map((requirement) => (
              <li key={requirement.id}>
                {requirement.label}{' '}
                <span className="muted">
                  —{' '}
                  {labels.checkGoTo(
                    checkStep(requirement.kind === 'registry' ? 'registry' : 'condition'),
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
