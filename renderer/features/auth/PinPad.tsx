import { authLabels } from './labels';

const labels = authLabels.pin;
const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * On-screen digits for a mouse or a touch screen. Out of the tab order: keyboard users
 * type into the PIN field itself.
 */
export function PinPad({
  onDigit,
  onErase,
  disabled,
}: {
  onDigit: (digit: string) => void;
  onErase: () => void;
  disabled: boolean;
}) {
  const digitButton = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="pin-pad__key"
      tabIndex={-1}
      aria-label={labels.digit(digit)}
      disabled={disabled}
      onClick={() => onDigit(digit)}
    >
      {digit}
    </button>
  );
  return (
    <div className="pin-pad" role="group" aria-label={labels.padLabel}>
      {digits.map(digitButton)}
      <button
        type="button"
        className="pin-pad__key pin-pad__key--erase"
        tabIndex={-1}
        aria-label={labels.eraseLabel}
        disabled={disabled}
        onClick={onErase}
      >
        {labels.erase}
      </button>
      {digitButton('0')}
      <button
        type="submit"
        className="pin-pad__key pin-pad__key--submit"
        tabIndex={-1}
        disabled={disabled}
      >
        {labels.submit}
      </button>
    </div>
  );
}
