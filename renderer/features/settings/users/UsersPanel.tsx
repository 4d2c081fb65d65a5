import { useState } from 'react';
import type { OfficeProfile } from '../../../../shared/office/profile';
import type { UserRecord } from '../../../../shared/users/user';
import { useAccounts } from '../../auth/useAccounts';
import { localData, useSession } from '../../auth/useSession';
import { loadCatalogOnce } from '../../catalog/catalogSource';
import { settingsLabels } from '../labels';
import { AccountForm } from './AccountForm';
import { setActive } from './accountChanges';
import { knownPositionsOf } from './knownPositions';
import { ResetPinForm } from './ResetPinForm';
import { UserTable } from './UserTable';

const labels = settingsLabels.users;

type Editing = { kind: 'add' } | { kind: 'edit' | 'pin'; user: UserRecord } | null;
type Status = { ok: boolean; text: string } | null;

/** The office's accounts: add, edit roles and posts, reset a PIN, deactivate. */
export function UsersPanel({ office }: { office: OfficeProfile }) {
  const me = useSession((state) => state.user);
  const setUser = useSession((state) => state.setUser);
  const { users, reload } = useAccounts();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<Status>(null);
  const loaded = loadCatalogOnce();
  const knownPositions = knownPositionsOf(office, loaded.ok ? loaded.catalog : null);

  const store = async (user: UserRecord, message: string) => {
    await localData().users.put(user);
    setUser(user);
    await reload();
    setEditing(null);
    setStatus({ ok: true, text: message });
  };

  const toggle = async (user: UserRecord) => {
    const change = setActive(users ?? [], user, !user.active, me?.id ?? '', new Date());
    if (!change.ok) {
      setStatus({ ok: false, text: change.message });
      return;
    }
    await store(
      change.user,
      change.user.active ? labels.activated(user.name) : labels.deactivated(user.name),
    );
  };

  return (
    <section className="settings-panel" aria-labelledby="users-heading">
      <div className="settings-panel__head">
        <div>
          <h2 id="users-heading" className="settings-panel__title">
            {labels.heading}
          </h2>
          <p className="settings-panel__intro">{labels.intro}</p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setStatus(null);
            setEditing({ kind: 'add' });
          }}
        >
          {labels.add}
        </button>
      </div>
      {status ? (
        <p
          className={status.ok ? 'form-status' : 'field-error'}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      ) : null}
      {users ? (
        <UserTable
          users={users}
          onEdit={(user) => {
            setStatus(null);
            setEditing({ kind: 'edit', user });
          }}
          onResetPin={(user) => {
            setStatus(null);
            setEditing({ kind: 'pin', user });
          }}
          onToggleActive={(user) => void toggle(user)}
        />
      ) : null}
      {editing?.kind === 'pin' ? (
        <ResetPinForm
          key={editing.user.id}
          user={editing.user}
          onSaved={store}
          onCancel={() => setEditing(null)}
        />
      ) : editing ? (
        <AccountForm
          key={editing.kind === 'edit' ? editing.user.id : 'new'}
          users={users ?? []}
          editing={editing.kind === 'edit' ? editing.user : null}
          knownPositions={knownPositions}
          onSaved={store}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
