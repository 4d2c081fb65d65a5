import { useState, type FormEvent } from 'react';
import { hashPin } from '../../../../shared/users/pin';
import { checkNewPin } from '../../../../shared/users/pinRules';
import type { UserRecord } from '../../../../shared/users/user';
import { settingsLabels } from '../labels';
import { AccountFormButtons } from './AccountFormButtons';
import { resetPin, type SendAccountCall } from './accountChanges';
import { emptyPin, PinFields, type PinValues } from './PinFields';

const labels = settingsLabels.users;

/** A new PIN for an account, typed twice by the admin; also lifts a lockout. */
export function ResetPinForm({
  user,
  onSaved,
  onCancel,
}: {
  user: UserRecord;
  onSaved: SendAccountCall;
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
    const refused = await onSaved(
      resetPin(user, await hashPin(pin.pin)),
      labels.resetPinDone(user.name),
    );
    if (refused) setError(refused);
    setBusy(false);
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
      <AccountFormButtons busy={busy} onCancel={onCancel} />
    </form>
  );
}
