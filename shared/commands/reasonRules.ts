import { paperOfType } from '../cases/papers';
import type { Reason } from '../cases/records';
import type { ServiceStandard } from '../standards/schema';
import { commandError } from './errors';
import { commandMessages } from './messages';
import type { CommandError } from './types';

/**
 * The reason against the case's standard: where the track asks for the faskes
 * statement (Permensos 3/2026), the faskes name and letter number are required;
 * the letter cannot be dated after today.
 */
export function reasonErrors(
  reason: Reason,
  standard: ServiceStandard,
  trackId: string,
  today: string,
  field = 'reason',
): CommandError[] {
  const errors: CommandError[] = [];
  const faskesPaper = paperOfType(standard, trackId, 'keteranganFaskes');
  if (faskesPaper?.mandatory && !reason.faskes) {
    errors.push(
      commandError(
        'faskes-required',
        commandMessages.faskesRequired(faskesPaper.label),
        `${field}.faskes`,
      ),
    );
  }
  const letterDate = reason.faskes?.letterDate;
  if (letterDate !== undefined && letterDate > today) {
    errors.push(
      commandError(
        'date-future',
        commandMessages.dateFuture(commandMessages.dateNames.letterDate),
        `${field}.faskes.letterDate`,
      ),
    );
  }
  return errors;
}

/** The reason without blank optional texts. */
export function cleanReason(reason: Reason): Reason {
  const { text, sktmNumber, ...rest } = reason;
  return { ...rest, ...(text ? { text } : {}), ...(sktmNumber ? { sktmNumber } : {}) };
}
