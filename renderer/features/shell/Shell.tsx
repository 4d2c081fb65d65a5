import { useEffect } from 'react';
import { AppHeader } from '../../AppHeader';
import { LockScreen } from '../auth/LockScreen';
import { useIdleLock } from '../auth/useIdleLock';
import { useLetterWorkWarmUp } from '../letters/useLetterWorkWarmUp';
import { useSession } from '../auth/useSession';
import { routes } from './routes';
import { canOpen, homeRoute } from './routing';
import { SideNav } from './SideNav';
import { SyncStatus } from '../../sync/SyncStatus';
import { UserBadge } from './UserBadge';
import { useRoute } from './useRoute';
import './shell.css';

/**
 * The app after sign-in: header, left navigation and the screen of the address. When the
 * session locks, the lock screen covers it and the screens stay mounted but inert.
 */
export function Shell() {
  const user = useSession((state) => state.user);
  const status = useSession((state) => state.status);
  const idleLockMinutes = useSession((state) => state.office?.idleLockMinutes ?? 10);
  const lock = useSession((state) => state.lock);
  const logout = useSession((state) => state.logout);
  const route = useRoute((state) => state.route);
  const navigate = useRoute((state) => state.navigate);
  const roles = user?.roles ?? [];
  const allowed = canOpen(route.id, roles);
  const locked = status === 'locked';
  const entry = routes[allowed ? route.id : homeRoute.id];

  useIdleLock(idleLockMinutes);
  useLetterWorkWarmUp(user !== null);

  useEffect(() => {
    if (!allowed) navigate(homeRoute);
  }, [allowed, navigate]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  if (!user) return null;
  const { Screen } = entry;
  return (
    <>
      <div className="shell" inert={locked} aria-hidden={locked || undefined}>
        <AppHeader title={entry.title}>
          <SyncStatus />
          <UserBadge user={user} onLock={lock} onLogout={logout} />
        </AppHeader>
        <div className="shell__body">
          <SideNav current={allowed ? route.id : homeRoute.id} roles={roles} />
          <div className="shell__screen">
            <Screen section={allowed ? route.section : null} />
          </div>
        </div>
      </div>
      {locked ? <LockScreen /> : null}
    </>
  );
}
