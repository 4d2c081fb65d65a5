import type { UserRecord } from '../../../shared/users/user';
import { roleNames } from '../auth/labels';
import { shellLabels } from './labels';

const labels = shellLabels.header;

/** Who is signed in, and the buttons to lock the screen or sign out. */
export function UserBadge({
  user,
  onLock,
  onLogout,
}: {
  user: UserRecord;
  onLock: () => void;
  onLogout: () => void;
}) {
  return (
    <>
      <div className="user-badge" aria-label={labels.userLabel} role="group">
        <span className="user-badge__name">{user.name}</span>
        <span className="user-badge__roles">
          {user.roles.map((role) => roleNames[role]).join(', ')}
        </span>
      </div>
      <button type="button" className="header-button" title={labels.lockHint} onClick={onLock}>
        {labels.lock}
      </button>
      <button type="button" className="header-button header-button--quiet" onClick={onLogout}>
        {labels.logout}
      </button>
    </>
  );
}
