import { AppHeader } from '../../AppHeader';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { AdminStep } from './AdminStep';
import { DoneStep } from './DoneStep';
import { LetterheadStep } from './LetterheadStep';
import { OfficeStep } from './OfficeStep';
import { setupLabels } from './labels';
import { reachableStep, setupSteps } from './setupDraft';
import { UsersStep } from './UsersStep';
import { useSetupDraft } from './useSetupDraft';
import { WizardProgress } from './WizardProgress';
import { syncLabels } from '../../sync/labels';
import './setup.css';

/**
 * First start: office → letterhead → admin → users → done; or, on the first step, joining an
 * office that already uses Loket (`onJoin`).
 */
export function SetupWizard({ onJoin }: { onJoin: () => void }) {
  const draft = useSetupDraft();
  const loaded = loadCatalogOnce();
  const step = reachableStep(draft);

  return (
    <>
      <AppHeader title={setupLabels.title} />
      <main id="isi" className="wizard" tabIndex={-1}>
        <div className="wizard__intro">
          <p>{setupLabels.intro}</p>
          <p className="wizard__count">
            {setupLabels.stepOf(setupSteps.indexOf(step) + 1, setupSteps.length)}
          </p>
        </div>
        <WizardProgress current={step} />
        <div className="wizard__panel">
          {!loaded.ok ? (
            <pre className="field-error" role="alert">
              {loaded.message}
            </pre>
          ) : step === 'office' ? (
            <>
              <OfficeStep key={step} catalog={loaded.catalog} />
              <button type="button" className="button button--link wizard__join" onClick={onJoin}>
                {syncLabels.join.offer}
              </button>
            </>
          ) : step === 'letterhead' ? (
            <LetterheadStep key={step} catalog={loaded.catalog} />
          ) : step === 'admin' ? (
            <AdminStep key={step} />
          ) : step === 'users' ? (
            <UsersStep key={step} catalog={loaded.catalog} />
          ) : (
            <DoneStep key={step} catalog={loaded.catalog} />
          )}
        </div>
      </main>
    </>
  );
}
