import { useState } from 'react';
import type { OfficeProfile } from '../../../../shared/office/profile';
import type { UserRecord } from '../../../../shared/users/user';
import { useAccounts } from '../../auth/useAccounts';
import { localData, useSession } from '../../auth/useSession';
import { refusalText, useAdminCommand } from '../useAdminCommand';
import { loadCatalogOnce } from '../../catalog/catalogSource';
import { settingsLabels } from '../labels';
import { AccountForm } from './AccountForm';
import { setActive, type SendAccountCall } from './accountChanges';
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

  const run = useAdminCommand();

  const store: SendAccountCall = async (call, message) => {
    const result = await run(call.type, call.payload);
    if (!result.ok) return refusalText(result);
    const userId = call.type === 'user.create' ? call.payload.user.id : call.payload.userId;
    const stored = await localData().users.get(userId);
    if (stored && stored.id === me?.id) setUser(stored);
    await reload();
    setEditing(null);
    setStatus({ ok: true, text: message });
    return null;
  };

  const toggle = async (user: UserRecord) => {
    const message = user.active ? labels.deactivated(user.name) : labels.activated(user.name);
    const refused = await store(setActive(user, !user.active), message);
    if (refused) setStatus({ ok: false, text: refused });
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
          editing={editing.kind === 'edit' ? editing.user : null}
          knownPositions={knownPositions}
          onSaved={store}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
