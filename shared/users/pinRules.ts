import { userMessages } from './messages';

export const pinLength = 6;

export type PinCheck = { ok: true } | { ok: false; message: string };

/**
 * The rules a new PIN must meet: exactly six digits, not one digit repeated
 * (111111), not a run up or down (123456, 654321). Existing PINs are never re-checked.
 */
export function checkPinRules(pin: string): PinCheck {
  const messages = userMessages.pin;
  if (!/^\d*$/.test(pin)) return { ok: false, message: messages.digitsOnly };
  if (pin.length !== pinLength) return { ok: false, message: messages.length };
  if (/^(\d)\1*$/.test(pin)) return { ok: false, message: messages.allSame };
  if (isRun(pin, 1) || isRun(pin, -1)) return { ok: false, message: messages.sequence };
  return { ok: true };
}

/** The PIN and its repetition on a "type it again" field. */
export function checkNewPin(pin: string, repeat: string): PinCheck {
  const rules = checkPinRules(pin);
  if (!rules.ok) return rules;
  return pin === repeat ? rules : { ok: false, message: userMessages.pin.mismatch };
}

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i++) {
    if (pin.charCodeAt(i) - pin.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}
