import { useRef, useState, type FormEvent } from 'react';
import { uuidv7 } from 'uuidv7';
import { hashPin } from '../../../../shared/users/pin';
import { checkNewPin } from '../../../../shared/users/pinRules';
import type { UserRecord } from '../../../../shared/users/user';
import { focusFirstInvalid } from '../form/focusFirstInvalid';
import { settingsLabels } from '../labels';
import { editAccount, newAccount } from './accountChanges';
import { emptyPin, PinFields, type PinValues } from './PinFields';
import { UserFields } from './UserFields';
import { checkUserForm, emptyUserForm, userFormValues, type UserFormErrors } from './userForm';

const labels = settingsLabels.users;

/** Adds an account (with its first PIN) or edits one (without touching the PIN). */
export function AccountForm({
  users,
  editing,
  knownPositions,
  onSaved,
  onCancel,
}: {
  users: readonly UserRecord[];
  /** The account to edit; null adds a new one. */
  editing: UserRecord | null;
  knownPositions: readonly string[];
  onSaved: (user: UserRecord, message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(() =>
    editing ? userFormValues(editing, knownPositions) : emptyUserForm,
  );
  const [pin, setPin] = useState<PinValues>(emptyPin);
  const [errors, setErrors] = useState<UserFormErrors & { pin?: string }>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkUserForm(values);
    const pinCheck = editing ? null : checkNewPin(pin.pin, pin.repeat);
    const pinProblem = pinCheck && !pinCheck.ok ? pinCheck.message : undefined;
    if (!checked.ok || pinProblem) {
      setErrors({ ...(checked.ok ? {} : checked.errors), pin: pinProblem });
      focusFirstInvalid(form.current);
      return;
    }
    if (editing) {
      const change = editAccount(users, editing, checked.details, new Date());
      if (change.ok) await onSaved(change.user, labels.saved(change.user.name));
      else setErrors({ form: change.message });
      return;
    }
    setBusy(true);
    const user = newAccount(uuidv7(), checked.details, await hashPin(pin.pin), new Date());
    await onSaved(user, labels.added(user.name));
  };

  return (
    <form
      ref={form}
      className="account-form"
      aria-labelledby="account-form-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="account-form-heading" className="form-section__title">
        {editing ? labels.editTitle(editing.name) : labels.addTitle}
      </h3>
      <UserFields
        values={values}
        errors={errors}
        knownPositions={knownPositions}
        onChange={setValues}
      />
      {editing ? null : <PinFields values={pin} error={errors.pin} onChange={setPin} />}
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {labels.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
