import { AppHeader } from '../../AppHeader';
import { authLabels } from './labels';
import { useSession } from './useSession';
import './auth.css';

const labels = authLabels.boot;

/** While the device's data is read, or when it cannot be. */
export function BootScreen() {
  const failure = useSession((state) => state.failure);
  const boot = useSession((state) => state.boot);
  return (
    <>
      <AppHeader title={failure ? labels.failedTitle : labels.loading} />
      <main id="isi" className="auth-page">
        {failure ? (
          <section className="auth-card" role="alert">
            <h2 className="auth-card__title">{labels.failedTitle}</h2>
            <p className="auth-card__body">{failure}</p>
            <button type="button" className="button button--primary" onClick={() => void boot()}>
              {labels.retry}
            </button>
          </section>
        ) : (
          <p className="auth-page__loading" role="status">
            {labels.loading}
          </p>
        )}
      </main>
    </>
  );
}
