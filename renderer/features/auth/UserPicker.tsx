import type { UserRecord } from '../../../shared/users/user';
import { authLabels, roleNames } from './labels';

export function UserPicker({
  users,
  onPick,
}: {
  users: readonly UserRecord[];
  onPick: (user: UserRecord) => void;
}) {
  if (users.length === 0) return <p className="login__empty">{authLabels.login.noUsers}</p>;
  return (
    <ul className="user-list" aria-label={authLabels.login.usersLabel}>
      {users.map((user) => (
        <li key={user.id}>
          <button type="button" className="user-choice" onClick={() => onPick(user)}>
            <span className="user-choice__avatar" aria-hidden="true">
              {initials(user.name)}
            </span>
            <span className="user-choice__text">
              <span className="user-choice__name">{user.name}</span>
              <span className="user-choice__roles">
                {[...user.roles.map((role) => roleNames[role]), ...user.positions].join(' · ')}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function initials(name: string): string {
  const words = name
    .replace(/^(drs?|ir|hj?)\.?\s+/i, '')
    .split(/\s+/)
    .filter((word) => /^[a-z]/i.test(word));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
