import type { CaseState } from '../../../shared/workflow';
import { formatLongDate } from '../../../shared/dates/localDate';
import { caseLabels } from './labels';

const text = caseLabels.notice;

/** One sentence on what the case waits for (papers with the citizen) or how it ended. */
export function caseNotice(
  state: CaseState,
  paperLabel: (id: string) => string,
): string | undefined {
  switch (state.status) {
    case 'open':
      return undefined;
    case 'returned':
      return text.returned((state.returned?.missing ?? []).map(paperLabel).join('; '));
    case 'accepted':
      return state.outcome?.kind === 'accepted'
        ? text.accepted(state.outcome.cardNumber, formatLongDate(state.outcome.activeFrom))
        : undefined;
    case 'rejected':
      return state.outcome?.kind === 'rejected' ? text.rejected(state.outcome.reason) : undefined;
    case 'referred':
      return state.referral
        ? text.referred(state.referral.referTo, state.referral.reason)
        : undefined;
    case 'declined':
      return text.declined(state.declineReason ?? '');
    case 'cancelled':
      return text.cancelled(state.cancelReason);
  }
}
