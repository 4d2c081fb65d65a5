import { useState, type FormEvent } from 'react';
import { hashPin } from '../../../../shared/users/pin';
import { checkNewPin } from '../../../../shared/users/pinRules';
import type { UserRecord } from '../../../../shared/users/user';
import { settingsLabels } from '../labels';
import { resetPin } from './accountChanges';
import { emptyPin, PinFields, type PinValues } from './PinFields';

const labels = settingsLabels.users;

/** A new PIN for an account, typed twice by the admin; also lifts a lockout. */
export function ResetPinForm({
  user,
  onSaved,
  onCancel,
}: {
  user: UserRecord;
  onSaved: (user: UserRecord, message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [pin, setPin] = useState<PinValues>(emptyPin);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNewPin(pin.pin, pin.repeat);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    await onSaved(
      resetPin(user, await hashPin(pin.pin), new Date()),
      labels.resetPinDone(user.name),
    );
  };

  return (
    <form
      className="account-form"
      aria-labelledby="reset-pin-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="reset-pin-heading" className="form-section__title">
        {labels.resetPinTitle(user.name)}
      </h3>
      <PinFields values={pin} error={error} onChange={setPin} />
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
