import { useSession } from './useSession';
import { authLabels } from './labels';
import { PinForm } from './PinForm';
import './auth.css';

const labels = authLabels.lock;

/**
 * Covers the work while the session is locked. The screens stay mounted underneath
 * (inert), so a half-typed form is still there after the PIN.
 */
export function LockScreen() {
  const user = useSession((state) => state.user);
  const unlock = useSession((state) => state.unlock);
  const logout = useSession((state) => state.logout);
  if (!user) return null;
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-heading">
      <section className="auth-card">
        <h2 id="lock-heading" className="auth-card__title">
          {labels.title}
        </h2>
        <p className="auth-card__body">{labels.body(user.name)}</p>
        <PinForm account={user} onSubmit={unlock} />
        <button type="button" className="button button--link" onClick={logout}>
          {labels.switchUser}
        </button>
      </section>
    </div>
  );
}
