import { lockStatus } from '../../../../shared/users/lockout';
import type { UserRecord } from '../../../../shared/users/user';
import { roleNames } from '../../auth/labels';
import { settingsLabels } from '../labels';

const labels = settingsLabels.users;
const timeFormat = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' });

export function UserTable({
  users,
  onEdit,
  onResetPin,
  onToggleActive,
}: {
  users: readonly UserRecord[];
  onEdit: (user: UserRecord) => void;
  onResetPin: (user: UserRecord) => void;
  onToggleActive: (user: UserRecord) => void;
}) {
  const now = new Date();
  return (
    <table className="data-table" aria-label={labels.tableLabel}>
      <thead>
        <tr>
          <th scope="col">{labels.columns.name}</th>
          <th scope="col">{labels.columns.roles}</th>
          <th scope="col">{labels.columns.positions}</th>
          <th scope="col">{labels.columns.status}</th>
          <th scope="col">{labels.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const lock = lockStatus(user, now);
          return (
            <tr key={user.id} className={user.active ? undefined : 'data-table__row--muted'}>
              <th scope="row">{user.name}</th>
              <td>{user.roles.map((role) => roleNames[role]).join(', ')}</td>
              <td>{user.positions.join(', ') || labels.noPositions}</td>
              <td>
                <span className={`badge ${user.active ? 'badge--inForce' : 'badge--superseded'}`}>
                  {user.active ? labels.active : labels.inactive}
                </span>
                {lock.locked ? (
                  <span className="data-table__note">
                    {labels.lockedUntil(timeFormat.format(lock.until))}
                  </span>
                ) : null}
              </td>
              <td className="data-table__actions">
                <button
                  type="button"
                  className="button button--link"
                  aria-label={`${labels.edit} ${user.name}`}
                  onClick={() => onEdit(user)}
                >
                  {labels.edit}
                </button>
                <button
                  type="button"
                  className="button button--link"
                  aria-label={`${labels.resetPin} ${user.name}`}
                  onClick={() => onResetPin(user)}
                >
                  {labels.resetPin}
                </button>
                <button
                  type="button"
                  className="button button--link"
                  aria-label={`${user.active ? labels.deactivate : labels.activate} ${user.name}`}
                  onClick={() => onToggleActive(user)}
                >
                  {user.active ? labels.deactivate : labels.activate}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
