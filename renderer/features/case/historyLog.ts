import {
  eventLabels,
  factLabels,
  stationById,
  type CaseState,
  type HistoryEntry,
  type Workflow,
} from '../../../shared/workflow';
import { factNames } from '../../../shared/standards/conditions';
import { formatLongDate } from '../../../shared/dates/localDate';
import { caseLabels } from './labels';
import { stepName } from './stepName';

export interface HistoryItem {
  at: string;
  userId: string;
  title: string;
  details: string[];
}

const text = caseLabels.history;

/** The case's workflow history as sentences, newest first. */
export function historyLog(
  workflow: Workflow,
  state: CaseState,
  requirementLabel: (id: string) => string,
): HistoryItem[] {
  return state.history
    .map((entry) => ({
      at: entry.at,
      userId: entry.userId,
      title: titleOf(workflow, entry),
      details: detailsOf(entry, requirementLabel),
    }))
    .reverse();
}

function titleOf(workflow: Workflow, entry: HistoryEntry): string {
  if (entry.event.type !== 'complete') return eventLabels[entry.event.type];
  const station = stationById(workflow, entry.from.stationId);
  if (!station) return eventLabels.complete;
  if (station.parafSlot) return text.paraf(entry.position ?? station.parafSlot.position);
  if (station.kind === 'sign') return text.signed(entry.position);
  return text.completed(stepName(station));
}

function detailsOf(entry: HistoryEntry, requirementLabel: (id: string) => string): string[] {
  const { event } = entry;
  switch (event.type) {
    case 'recordFacts': {
      const names = factNames
        .filter((name) => event.facts[name] !== undefined)
        .map((name) => factLabels[name]);
      return names.length > 0 ? [text.facts(names.join(', '))] : [];
    }
    case 'returnPapers':
      return [
        text.missing(event.missing.map(requirementLabel).join('; ')),
        ...(event.note ? [text.note(event.note)] : []),
      ];
    case 'refer': {
      const to = entry.details?.referTo ?? event.referTo;
      return [
        ...(to ? [text.referTo(to)] : []),
        ...(event.reason ? [text.reason(event.reason)] : []),
      ];
    }
    case 'sendBack':
    case 'decline':
      return [text.reason(event.reason)];
    case 'cancel':
      return event.reason ? [text.reason(event.reason)] : [];
    case 'recordOutcome':
      return event.outcome.kind === 'accepted'
        ? [text.card(event.outcome.cardNumber, formatLongDate(event.outcome.activeFrom))]
        : [text.reason(event.outcome.reason)];
    default:
      return [];
  }
}
