import { roleNames } from '../auth/labels';
import { setupLabels } from './labels';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.users;

/** The accounts the wizard will create, each removable before the end. */
export function DraftUserList() {
  const admin = useSetupDraft((draft) => draft.admin);
  const users = useSetupDraft((draft) => draft.users);
  const removeUser = useSetupDraft((draft) => draft.removeUser);
  return (
    <section className="form-section" aria-labelledby="draft-users-heading">
      <h3 id="draft-users-heading" className="form-section__title">
        {labels.listHeading}
      </h3>
      <ul className="draft-users" aria-label={labels.listLabel}>
        {admin ? (
          <li className="draft-users__row">
            <span className="draft-users__name">{admin.details.name}</span>
            <span className="draft-users__roles">{labels.adminRow}</span>
          </li>
        ) : null}
        {users.map((user) => (
          <li key={user.id} className="draft-users__row">
            <span className="draft-users__name">{user.details.name}</span>
            <span className="draft-users__roles">
              {[
                ...user.details.roles.map((role) => roleNames[role]),
                ...user.details.positions,
              ].join(' · ')}
            </span>
            <button
              type="button"
              className="button button--link"
              aria-label={labels.remove(user.details.name)}
              onClick={() => removeUser(user.id)}
            >
              {labels.removeShort}
            </button>
          </li>
        ))}
      </ul>
      {users.length === 0 ? <p className="form-note">{labels.none}</p> : null}
    </section>
  );
}
