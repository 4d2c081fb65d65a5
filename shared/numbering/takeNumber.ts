import { markUsedThrough, unusedRanges, type DeviceNumberState } from './deviceState';
import { failure, success, type NumberingResult } from './errors';
import { letterDateParts, type LetterDate } from './letterDate';
import { numberingMessages } from './messages';
import { numbersLeft } from './numbersLeft';

export type TakenNumber = { year: number; seq: number; state: DeviceNumberState };

export type DraftPermission = { year: number; nextSeq: number; left: number };

const exhausted = <T>(year: number): NumberingResult<T> =>
  failure('numbers-exhausted', numberingMessages.numbersExhausted(year));

/**
 * Takes the next number for a letter dated `date` from this device's blocks
 * for that year. Returns the number and the new state (the input is left
 * untouched); save the new state in the same transaction as the letter.
 */
export const takeNumber = (
  state: DeviceNumberState,
  date: LetterDate,
): NumberingResult<TakenNumber> => {
  const { year } = letterDateParts(date);
  const next = unusedRanges(state, year)[0];
  if (next === undefined) return exhausted(year);
  return success({ year, seq: next.from, state: markUsedThrough(state, year, next.from) });
};

/**
 * Asked before a letter is drafted: is there a number for a letter dated
 * `date` on this device? When not, the error says to connect to the server,
 * so staff learn it before writing the letter rather than after.
 */
export const canDraftLetter = (
  state: DeviceNumberState,
  date: LetterDate,
): NumberingResult<DraftPermission> => {
  const { year } = letterDateParts(date);
  const next = unusedRanges(state, year)[0];
  if (next === undefined) return exhausted(year);
  return success({ year, nextSeq: next.from, left: numbersLeft(state, year) });
};
