import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatWait } from '../../../shared/users/duration';
import { lockStatus, type LockoutState } from '../../../shared/users/lockout';
import { pinLength } from '../../../shared/users/pinRules';
import type { SignInResult } from '../../../shared/users/signIn';
import { authLabels } from './labels';
import { PinPad } from './PinPad';
import { useCountdown } from './useCountdown';

const labels = authLabels.pin;

type Problem = { message: string; until: Date | null };

/** Where a lockout stored on the account already stands when the form opens. */
function initialProblem(account: LockoutState): Problem | null {
  const status = lockStatus(account, new Date());
  return status.locked ? { message: labels.lockedBefore, until: status.until } : null;
}

/**
 * The PIN field with its pad. Submits by itself at the sixth digit; a wrong PIN clears
 * the field, and a lock disables it with the time left until it opens again.
 */
export function PinForm({
  account,
  onSubmit,
}: {
  account: LockoutState;
  onSubmit: (pin: string) => Promise<SignInResult>;
}) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(() => initialProblem(account));
  const input = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const remaining = useCountdown(problem?.until ?? null);
  const locked = remaining !== null && remaining > 0;
  // A lock that has run out says nothing more.
  const shown = problem && (problem.until === null || locked) ? problem : null;

  useEffect(() => {
    if (!locked && !busy) input.current?.focus();
  }, [locked, busy]);

  const submit = async (value: string) => {
    if (busy || locked || value.length !== pinLength) return;
    setBusy(true);
    const result = await onSubmit(value);
    setBusy(false);
    if (result.ok) return;
    setPin('');
    if (result.reason !== 'locked') setProblem({ message: result.message, until: null });
    else
      setProblem({
        message: result.lockedNow ? result.message : labels.lockedBefore,
        until: result.until,
      });
  };

  const change = (value: string) => {
    const next = value.replace(/\D/g, '').slice(0, pinLength);
    setPin(next);
    if (next.length === pinLength) void submit(next);
  };

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(pin);
  };

  return (
    <form className="pin-form" onSubmit={onFormSubmit} noValidate>
      <label className="pin-form__label" htmlFor={`${messageId}-pin`}>
        {labels.label}
      </label>
      <input
        ref={input}
        id={`${messageId}-pin`}
        className="pin-form__input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={pinLength}
        value={pin}
        disabled={busy || locked}
        aria-invalid={shown !== null}
        aria-describedby={shown ? messageId : undefined}
        onChange={(event) => change(event.target.value)}
      />
      <p className="pin-form__count" aria-hidden="true">
        {busy ? labels.checking : labels.entered(pin.length)}
      </p>
      {shown ? (
        <div id={messageId} className="field-error pin-form__problem" role="alert">
          <p>{shown.message}</p>
          {locked && remaining !== null ? (
            <p>{labels.lockedCountdown(formatWait(remaining))}</p>
          ) : null}
        </div>
      ) : null}
      <PinPad
        disabled={busy || locked}
        onDigit={(digit) => {
          change(pin + digit);
          input.current?.focus();
        }}
        onErase={() => {
          setPin(pin.slice(0, -1));
          input.current?.focus();
        }}
      />
    </form>
  );
}
