import { unusedRanges, type DeviceNumberState } from './deviceState';
import { numberingMessages } from './messages';

/** How many numbers this device can still give to letters of `year` without the server. */
export const numbersLeft = (state: DeviceNumberState, year: number): number =>
  unusedRanges(state, year).reduce((sum, { from, to }) => sum + to - from + 1, 0);

/** True when at most `threshold` numbers are left for `year` (including none). */
export const lowOnNumbers = (state: DeviceNumberState, year: number, threshold: number): boolean =>
  numbersLeft(state, year) <= threshold;

export type NumberSupplyWarning = {
  code: 'numbers-low' | 'numbers-exhausted';
  year: number;
  left: number;
  message: string;
};

/** The banner to show while online is still possible, or undefined when numbers are plenty. */
export const numberSupplyWarning = (
  state: DeviceNumberState,
  year: number,
  threshold: number,
): NumberSupplyWarning | undefined => {
  const left = numbersLeft(state, year);
  if (left > threshold) return undefined;
  return left === 0
    ? { code: 'numbers-exhausted', year, left, message: numberingMessages.numbersExhausted(year) }
    : { code: 'numbers-low', year, left, message: numberingMessages.numbersLow(year, left) };
};
