// The registration side of the seed: which office and track, when, who, and with what fate.
import { uuidv7 } from 'uuidv7';
import type { Priority, Relationship } from '../../../shared/cases/records';
import type { CaseRegisterPayload } from '../../../shared/commands/caseRegister';
import type { Catalog } from '../../../shared/standards/catalog';
import type { Office } from '../../../shared/standards/schema';
import { deriveWorkflow } from '../../../shared/workflow/derive';
import type { Actor, Workflow } from '../../../shared/workflow/types';
import { birthDateAged, household, personInput } from './people';
import { pick, randomInt, type Random } from '../../../shared/random';
import type { CasePlan, SeedTarget, Staff } from './walk';

/** Indonesia's zones keep one offset all year (no daylight saving time). */
const utcOffsetHours: Record<Office['timeZone'], number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/**
 * `YYYY-MM-DD` in the office's zone: what shared/dates `todayIn` answers, by arithmetic, for
 * loops over thousands of cases (building an Intl formatter each time is slow).
 */
export const officeDate = (timeZone: Office['timeZone'], instant: Date | string): string =>
  new Date(new Date(instant).getTime() + utcOffsetHours[timeZone] * 3_600_000)
    .toISOString()
    .slice(0, 10);
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** How often each fate is planned; recent cases stop wherever `now` finds them. */
const fateWeights: ReadonlyArray<readonly [SeedTarget, number]> = [
  ['accepted', 68],
  ['rejected', 10],
  ['referred', 5],
  ['declined', 5],
  ['cancelled', 4],
  ['returned', 4],
  ['stalled', 4],
];
export const seedTargets: readonly SeedTarget[] = fateWeights.map(([target]) => target);

/** A fate drawn by weight, or the one given. */
export function planFor(random: Random, given?: SeedTarget): CasePlan {
  let roll = random() * 100;
  const drawn = fateWeights.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'accepted';
  return {
    target: given ?? drawn,
    returnOnce: random() < 0.12,
    stopAfter: randomInt(random, 1, 3),
  };
}

export function priorityFor(random: Random, newborn: boolean): Priority {
  if (newborn) return random() < 0.7 ? 'childbirth' : 'none';
  const roll = random();
  return roll < 0.07 ? 'emergency' : roll < 0.15 ? 'chronic' : roll < 0.18 ? 'childbirth' : 'none';
}

/** A weekday instant between 08:00 and 14:30 office time, `daysBack` days before `now`. */
export function registrationInstant(
  random: Random,
  now: Date,
  daysBack: number,
  office: Office,
): Date {
  const offset = utcOffsetHours[office.timeZone] * 3_600_000;
  const local = new Date(now.getTime() + offset - daysBack * DAY_MS);
  const weekday = local.getUTCDay();
  const shift = weekday === 0 ? 2 : weekday === 6 ? 1 : 0;
  const midnight = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate() - shift,
  );
  const instant = midnight + (8 * 60 + randomInt(random, 0, 390)) * MINUTE_MS - offset;
  return new Date(Math.min(instant, now.getTime() - MINUTE_MS));
}

export interface ServiceChoice {
  office: Office;
  serviceCode: string;
  trackIds: string[];
  staff: Staff;
}

export function servicesOf(catalog: Catalog, officeIds: readonly string[]): ServiceChoice[] {
  return officeIds.map((officeId) => {
    const pack = catalog.packs.find((candidate) => candidate.office.id === officeId);
    const latest = pack?.standards.at(-1);
    if (!pack || !latest) throw new RangeError(`no seed office ${officeId}`);
    const workflows = pack.standards.flatMap((standard) =>
      standard.tracks.map((track) => deriveWorkflow(standard, track.id)),
    );
    return {
      office: pack.office,
      serviceCode: latest.serviceCode,
      trackIds: latest.tracks.map((track) => track.id),
      staff: officeStaff(officeId, workflows),
    };
  });
}

export function registration(
  random: Random,
  choice: ServiceChoice,
  trackId: string,
  villages: readonly string[],
  today: string,
  usedNiks: Set<string>,
): CaseRegisterPayload {
  const home = household(random, pick(random, villages), today);
  const newborn = trackId === 'bayiBaruLahir';
  const relationship: Relationship = newborn
    ? 'parent'
    : random() < 0.75
      ? 'self'
      : pick(random, ['spouse', 'child', 'parent'] as const);
  const adultAge = relationship === 'child' ? randomInt(random, 20, 45) : randomInt(random, 20, 78);
  const applicant = personInput(random, home, {
    sex: random() < 0.6 ? 'female' : 'male',
    age: adultAge,
    birthDate: birthDateAged(random, today, adultAge),
    withNik: true,
    usedNiks,
  });
  const applicantId = uuidv7();
  const priority = priorityFor(random, newborn);
  const base = {
    caseId: uuidv7(),
    applicantId,
    officeId: choice.office.id,
    serviceCode: choice.serviceCode,
    trackId,
    priority,
    applicant,
    reason: reasonFor(random, choice, priority, today),
  };
  if (relationship === 'self') return { ...base, subjectId: applicantId, relationship, applicant };
  const subjectAges: Record<Exclude<Relationship, 'self'>, [number, number]> = {
    parent: [1, 17],
    child: [55, 85],
    spouse: [20, 78],
    sibling: [20, 78],
    guardian: [1, 17],
    other: [20, 78],
  };
  const [youngest, oldest] = subjectAges[relationship];
  const subjectAge = newborn ? 0 : randomInt(random, youngest, oldest);
  const birthDate = newborn
    ? new Date(Date.parse(today) - randomInt(random, 1, 20) * DAY_MS).toISOString().slice(0, 10)
    : birthDateAged(random, today, subjectAge);
  const subject = personInput(random, home, {
    sex: random() < 0.5 ? 'female' : 'male',
    age: subjectAge,
    birthDate,
    withNik: !newborn,
    usedNiks,
  });
  return { ...base, subjectId: uuidv7(), relationship, subject };
}

/** Why the citizen comes, with the hospital's statement (which Permensos 3/2026 requires). */
function reasonFor(
  random: Random,
  choice: ServiceChoice,
  priority: Priority,
  today: string,
): CaseRegisterPayload['reason'] {
  const place = choice.office.city;
  const faskes = {
    name: `RSUD ${place}`,
    letterNumber: `445/${randomInt(random, 1, 999)}/RSUD/${today.slice(0, 4)}`,
  };
  const kind = priority === 'none' ? 'illness' : priority;
  return { kind, text: `Membutuhkan perawatan di RSUD ${place}.`, faskes };
}

/** The staff of an office: one clerk per desk and one person per published position. */
export function officeStaff(officeId: string, workflows: readonly Workflow[]): Staff {
  const byPosition = new Map<string, Actor>();
  for (const station of workflows.flatMap((workflow) => workflow.stations)) {
    const position = station.parafSlot?.position ?? station.signers?.[0];
    if (position === undefined || byPosition.has(position)) continue;
    const role = station.kind === 'sign' ? 'signer' : 'reviewer';
    const userId = `${officeId}:${role}-${byPosition.size + 1}`;
    byPosition.set(position, { userId, roles: [role], positions: [position] });
  }
  const fo: Actor = { userId: `${officeId}:fo`, roles: ['fo'] };
  const bo: Actor = { userId: `${officeId}:bo`, roles: ['bo'] };
  const accounts = [fo, bo, ...byPosition.values()];
  const names = new Map(
    accounts.map((actor, i) => [actor.userId, staffNames[i % staffNames.length] ?? 'Petugas']),
  );
  return { fo, bo, byPosition, names };
}

/** Names of the seeded staff, in account order (front office, back office, posts). */
const staffNames = [
  'Rina Marlina',
  'Budi Santoso',
  'Andi Syamsuddin',
  'Yusrizal',
  'Hj. Nurhayati',
  'Drs. Ahmad Fauzi, M.Si.',
];

/** Which fates a service can reach: papers go back only where a station checks them, etc. */
export function reachableTarget(target: SeedTarget, workflow: Workflow): SeedTarget {
  const checksPapers = workflow.stations.some((station) => station.kind === 'checkPapers');
  const refers = workflow.stations.some((station) =>
    (station.branches ?? []).some((branch) => branch.then === 'refer'),
  );
  if (target === 'returned' && !checksPapers) return 'cancelled';
  if (target === 'referred' && !refers) return 'declined';
  return target;
}
