// The worklist: cases waiting for the user's role first, then everyone else's; each part by
// priority (emergency, childbirth, chronic, none) and then due time, cases without one last.
import type { Collection } from 'dexie';
import type { TurnRole } from '../../shared/cases/records';
import { staffRoles, type CaseStatus } from '../../shared/workflow/types';
import { summarize, type CaseSummary } from './caseSummary';
import type { LoketDb } from './database';
import type { StoredCase } from './rows';

export interface WorklistQuery {
  /** The role the user works as: cases waiting for it come first. */
  role: TurnRole;
  /** Status defaults to `open`; only open cases have a role whose turn it is. */
  filters?: { serviceCode?: string; status?: CaseStatus; month?: string };
  limit: number;
  offset?: number;
}

export interface WorklistPage {
  rows: Array<CaseSummary & { myTurn: boolean }>;
  /** Cases matching the filters whose turn is the role's (all pages), up to the cap. */
  myTurnCount: number;
  /** More than `MY_TURN_COUNT_CAP` wait: show the count as "500+". */
  myTurnCountCapped: boolean;
}

/**
 * IndexedDB counts a key range by walking it (Chromium: about 30 µs a key on a small machine),
 * so the worklist counts the role's cases only this far.
 */
export const MY_TURN_COUNT_CAP = 500;

const BY_ROLE = '[turnRole+status+priorityRank+dueMs]';
const BY_STATUS = '[status+priorityRank+dueMs]';
// Bounds for the numeric parts of the keys: the sort keys are always numbers.
const LOW = -Infinity;
const HIGH = Infinity;
const turnRoles = staffRoles.filter((role): role is TurnRole => role !== 'admin');

/** The order of both indexes: priority, due time, then the primary key. */
const byPriorityThenDue = (a: StoredCase, b: StoredCase) =>
  a.priorityRank - b.priorityRank || a.dueMs - b.dueMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every part is read in index order and only as far as the page needs: the role's own range
 * (its keys up to the count cap, then the page's records), then, for open cases, each other
 * role's range merged in memory, or the status range for the statuses no role holds. Service
 * and month filters are applied while reading.
 */
export async function worklist(db: LoketDb, query: WorklistQuery): Promise<WorklistPage> {
  const { role, filters = {}, limit, offset = 0 } = query;
  const status = filters.status ?? 'open';
  const wanted = (row: StoredCase) =>
    (filters.serviceCode === undefined || row.serviceCode === filters.serviceCode) &&
    (filters.month === undefined || row.month === filters.month);
  const filtered = filters.serviceCode !== undefined || filters.month !== undefined;
  const narrow = (collection: Collection<StoredCase, string>) =>
    filtered ? collection.filter(wanted) : collection;
  const ofRole = (turnRole: TurnRole) =>
    narrow(
      db.cases.where(BY_ROLE).between([turnRole, status, LOW, LOW], [turnRole, status, HIGH, HIGH]),
    );

  return db.transaction('r', db.cases, async () => {
    const counted = await ofRole(role)
      .limit(MY_TURN_COUNT_CAP + 1)
      .primaryKeys();
    const capped = counted.length > MY_TURN_COUNT_CAP;
    let myTurnCount = capped ? undefined : counted.length;
    const first =
      offset + limit <= MY_TURN_COUNT_CAP || !capped
        ? present(await db.cases.bulkGet(counted.slice(offset, offset + limit)))
        : await ofRole(role).offset(offset).limit(limit).toArray();
    if (first.length < limit && myTurnCount === undefined) {
      myTurnCount = first.length > 0 ? offset + first.length : await ofRole(role).count();
    }
    const room = limit - first.length;
    const skip = Math.max(0, offset - (myTurnCount ?? 0));
    let rest: StoredCase[] = [];
    if (room > 0 && status === 'open') {
      const others = turnRoles.filter((turnRole) => turnRole !== role);
      const parts = await Promise.all(
        others.map((turnRole) =>
          ofRole(turnRole)
            .limit(skip + room)
            .toArray(),
        ),
      );
      rest = parts
        .flat()
        .sort(byPriorityThenDue)
        .slice(skip, skip + room);
    } else if (room > 0) {
      const range = db.cases.where(BY_STATUS).between([status, LOW, LOW], [status, HIGH, HIGH]);
      rest = await narrow(range).offset(skip).limit(room).toArray();
    }
    return {
      rows: [...first, ...rest].map((row) => ({
        ...summarize(row),
        myTurn: row.turnRole === role,
      })),
      myTurnCount: myTurnCount ?? MY_TURN_COUNT_CAP,
      myTurnCountCapped: myTurnCount === undefined,
    };
  });
}

const present = (rows: Array<StoredCase | undefined>): StoredCase[] =>
  rows.filter((row) => row !== undefined);
