import { useRef, useState, type FormEvent } from 'react';
import { uuidv7 } from 'uuidv7';
import { hashPin } from '../../../../shared/users/pin';
import { checkNewPin } from '../../../../shared/users/pinRules';
import type { UserRecord } from '../../../../shared/users/user';
import { focusFirstInvalid } from '../../../components/form/focusFirstInvalid';
import { settingsLabels } from '../labels';
import { AccountFormButtons } from './AccountFormButtons';
import { editAccount, newAccount, type SendAccountCall } from './accountChanges';
import { emptyPin, PinFields, type PinValues } from './PinFields';
import { UserFields } from './UserFields';
import { checkUserForm, emptyUserForm, userFormValues, type UserFormErrors } from './userForm';

const labels = settingsLabels.users;

/** Adds an account (with its first PIN) or edits one (without touching the PIN). */
export function AccountForm({
  editing,
  knownPositions,
  onSaved,
  onCancel,
}: {
  /** The account to edit; null adds a new one. */
  editing: UserRecord | null;
  knownPositions: readonly string[];
  onSaved: SendAccountCall;
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
    setBusy(true);
    const call = editing
      ? editAccount(editing, checked.details)
      : newAccount(uuidv7(), checked.details, await hashPin(pin.pin), new Date());
    const name = checked.details.name;
    const refused = await onSaved(call, editing ? labels.saved(name) : labels.added(name));
    if (refused) setErrors({ form: refused });
    setBusy(false);
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
      <AccountFormButtons busy={busy} onCancel={onCancel} />
    </form>
  );
}
