import { priorityRank, type CaseRecord } from '../../../shared/cases/records';
import type { Catalog } from '../../../shared/standards/catalog';
import type { Office } from '../../../shared/standards/schema';
import {
  currentVisit,
  stationById,
  type Actor,
  type Station,
  type StationVisit,
} from '../../../shared/workflow';
import { requireStationActor } from '../../../shared/workflow/roles';
import { caseClock, measureSteps } from '../sla/caseClock';

export type InboxKind = 'paraf' | 'sign';

export interface InboxItem {
  record: CaseRecord;
  station: Station;
  kind: InboxKind;
  /** The track's published name. */
  serviceLabel: string;
  /** The stay at this station, with its time against the step's target. */
  visit?: StationVisit;
}

export interface InboxContext {
  catalog: Catalog;
  office: Office;
  actor: Actor;
  now: Date;
  holidays?: readonly string[];
}

/**
 * The cases waiting for this person's initials or signature: open, standing at
 * a paraf slot whose position the person holds, or at a signature the person
 * may give (the workflow's own role, position and signer checks). Priority
 * cases first, then the longest waiting.
 */
export function inboxItems(records: readonly CaseRecord[], context: InboxContext): InboxItem[] {
  const items: InboxItem[] = [];
  for (const record of records) {
    if (record.status !== 'open') continue;
    let clock;
    try {
      clock = caseClock(context.catalog, context.office, record, context.holidays);
    } catch {
      continue;
    }
    const station = stationById(clock.workflow, record.stationId);
    if (!station || (station.kind !== 'paraf' && station.kind !== 'sign')) continue;
    if (requireStationActor(clock.workflow, station, context.actor)) continue;
    const visit = currentVisit(measureSteps(clock, record, context.now));
    const track = clock.standard.tracks.find((candidate) => candidate.id === record.trackId);
    items.push({
      record,
      station,
      kind: station.kind,
      serviceLabel: track?.label ?? clock.standard.title,
      ...(visit ? { visit } : {}),
    });
  }
  return items.sort(
    (a, b) =>
      priorityRank[a.record.priority] - priorityRank[b.record.priority] ||
      waitingSince(a) - waitingSince(b),
  );
}

const waitingSince = (item: InboxItem) =>
  item.visit?.startedAt.getTime() ?? Date.parse(item.record.updatedAt);
