import { useState } from 'react';
import type { UserRecord } from '../../../shared/users/user';
import { AppHeader } from '../../AppHeader';
import { authLabels } from './labels';
import { PinForm } from './PinForm';
import { useAccounts } from './useAccounts';
import { UserPicker } from './UserPicker';
import { useSession } from './useSession';
import './auth.css';

const labels = authLabels.login;

/** Pick your name, type your PIN. */
export function LoginScreen() {
  const office = useSession((state) => state.office);
  const signIn = useSession((state) => state.signIn);
  const { users } = useAccounts();
  const [picked, setPicked] = useState<UserRecord | null>(null);
  const active =
    users
      ?.filter((user) => user.active)
      .sort((a, b) => a.name.localeCompare(b.name, 'id', { sensitivity: 'base' })) ?? null;

  return (
    <>
      <AppHeader title={labels.title} />
      <main id="isi" className="auth-page">
        <section className="auth-card" aria-labelledby="login-heading">
          {office ? (
            <p className="auth-card__office">{authLabels.office(office.government, office.name)}</p>
          ) : null}
          {picked ? (
            <>
              <h2 id="login-heading" className="auth-card__title">
                {labels.pinFor(picked.name)}
              </h2>
              <PinForm
                key={picked.id}
                account={picked}
                onSubmit={(pin) => signIn(picked.id, pin)}
              />
              <button type="button" className="button button--link" onClick={() => setPicked(null)}>
                {labels.otherUser}
              </button>
            </>
          ) : (
            <>
              <h2 id="login-heading" className="auth-card__title">
                {labels.pickUser}
              </h2>
              {active ? <UserPicker users={active} onPick={setPicked} /> : null}
            </>
          )}
        </section>
      </main>
    </>
  );
}
