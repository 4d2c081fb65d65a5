import { useRef, useState } from 'react';
import { uuidv7 } from 'uuidv7';
import { hashPin } from '../../../shared/users/pin';
import { checkNewPin } from '../../../shared/users/pinRules';
import { focusFirstInvalid } from '../../components/form/focusFirstInvalid';
import { TextField } from '../../components/form/TextField';
import { emptyPin, PinFields, type PinValues } from '../settings/users/PinFields';
import { checkUserForm, emptyUserForm } from '../settings/users/userForm';
import { setupLabels } from './labels';
import { StepFrame } from './StepFrame';
import { useSetupDraft } from './useSetupDraft';

const labels = setupLabels.admin;

/** Step 3: the admin's account. */
export function AdminStep() {
  const name = useSetupDraft((draft) => draft.adminName);
  const admin = useSetupDraft((draft) => draft.admin);
  const setAdminName = useSetupDraft((draft) => draft.setAdminName);
  const setAdmin = useSetupDraft((draft) => draft.setAdmin);
  const goTo = useSetupDraft((draft) => draft.goTo);
  const [pin, setPin] = useState<PinValues>(emptyPin);
  const [errors, setErrors] = useState<{ name?: string; pin?: string }>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const keepPin = admin !== null && pin.pin === '' && pin.repeat === '';

  const next = async () => {
    const details = checkUserForm({ ...emptyUserForm, name, roles: ['admin'] });
    const pinCheck = keepPin ? null : checkNewPin(pin.pin, pin.repeat);
    const found = {
      name: details.ok ? undefined : details.errors.name,
      pin: pinCheck && !pinCheck.ok ? pinCheck.message : undefined,
    };
    setErrors(found);
    if (!details.ok || found.pin) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    const pinHash = keepPin && admin ? admin.pin : await hashPin(pin.pin);
    setAdmin({ id: admin?.id ?? uuidv7(), details: details.details, pin: pinHash });
    setBusy(false);
    goTo('users');
  };

  return (
    <StepFrame
      heading={labels.heading}
      intro={labels.intro}
      formRef={form}
      busy={busy}
      onBack={() => goTo('letterhead')}
      onNext={() => void next()}
    >
      <TextField
        label={labels.name}
        value={name}
        error={errors.name}
        autoComplete="name"
        onChange={setAdminName}
      />
      {admin ? <p className="form-note">{labels.pinKept}</p> : null}
      <PinFields values={pin} error={errors.pin} onChange={setPin} />
    </StepFrame>
  );
}
