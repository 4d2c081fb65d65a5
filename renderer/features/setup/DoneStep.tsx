import { useState } from 'react';
import type { Catalog } from '../../../shared/standards/catalog';
import { rankLabel } from '../../../shared/users/ranks';
import { formatNip } from '../../../shared/users/nip';
import { useSession, localData } from '../auth/useSession';
import { counterDb } from '../case/counterDb';
import { buildSetup } from './finishSetup';
import { setupLabels } from './labels';
import { DraftUserList } from './DraftUserList';
import { StepFrame } from './StepFrame';
import { storeSetup } from './storeSetup';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.done;

/** Step 5: a last look, then the profile and the accounts are stored together. */
export function DoneStep({ catalog }: { catalog: Catalog }) {
  const draft = useSetupDraft();
  const boot = useSession((state) => state.boot);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const built = buildSetup(draft, catalog, new Date());

  const finish = async () => {
    if (!built.ok) {
      setFailure(labels.failed(built.message));
      return;
    }
    setBusy(true);
    try {
      const deviceId = await localData().deviceId();
      const stored = await storeSetup(counterDb(), built, { catalog, deviceId, now: new Date() });
      if (!stored.ok) {
        setFailure(labels.failed(stored.errors.map((error) => error.message).join(' ')));
        setBusy(false);
        return;
      }
      draft.reset();
      useSetupDraft.persist.clearStorage();
      await boot();
    } catch (error) {
      setFailure(labels.failed(error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  };

  return (
    <StepFrame
      heading={labels.heading}
      intro={labels.intro}
      busy={busy}
      nextLabel={labels.finish}
      onBack={() => draft.goTo('users')}
      onNext={() => void finish()}
    >
      {built.ok ? (
        <dl className="summary">
          <div className="summary__row">
            <dt>{labels.office}</dt>
            <dd>
              {built.profile.name} · {built.profile.government}
            </dd>
          </div>
          <div className="summary__row">
            <dt>{labels.cutoff}</dt>
            <dd>{labels.cutoffDays(built.profile.cutoffDays.join(' dan '))}</dd>
          </div>
          <div className="summary__row">
            <dt>{labels.signers}</dt>
            <dd>
              {built.profile.signers.length === 0 ? (
                labels.noSigners
              ) : (
                <ul className="summary__list">
                  {built.profile.signers.map((signer) => (
                    <li key={signer.nip}>
                      {signer.position}: {signer.name}, {rankLabel(signer.rank)}, NIP{' '}
                      {formatNip(signer.nip)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      ) : null}
      <DraftUserList />
      {failure || !built.ok ? (
        <p className="field-error" role="alert">
          {failure ?? (built.ok ? '' : labels.failed(built.message))}
        </p>
      ) : null}
    </StepFrame>
  );
}
