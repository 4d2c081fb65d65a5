import type { CaseFacts } from '../../standards/conditions';
import { seedCatalog } from '../../standards/seeds';
import { standardVersion } from '../../standards/catalog';
import type { ServiceStandard } from '../../standards/schema';
import { deriveWorkflow } from '../derive';
import { applyTransition, startCase } from '../transitions';
import type { Actor, CaseState, StaffRole, Workflow, WorkflowEvent } from '../types';

/** Test accounts, one per role; positions as the seeds name them. */
export const staff = (
  roles: StaffRole[],
  positions?: string[],
  userId = roles.join('+'),
): Actor => ({
  userId: positions ? `${userId}:${positions.join('|')}` : userId,
  roles,
  ...(positions ? { positions } : {}),
});
export const fo = staff(['fo']);
export const bo = staff(['bo']);
export const admin = staff(['admin']);
export const reviewer = (position: string) => staff(['reviewer'], [position]);
export const signer = (position?: string) => staff(['signer'], position ? [position] : undefined);

const catalog = seedCatalog();

export function seedStandard(officeId: string, serviceCode: string, version = 1): ServiceStandard {
  return standardVersion(catalog, officeId, serviceCode, version);
}

export function officeOf(officeId: string) {
  const pack = catalog.packs.find((candidate) => candidate.office.id === officeId);
  if (!pack) throw new Error(`no seed office ${officeId}`);
  return pack.office;
}

/** A clock that moves one minute per reading, so each history entry has its own time. */
export function ticking(startIso: string): () => Date {
  let next = new Date(startIso).getTime();
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

/** Opens a case; throws with the engine's code and message when refused. */
export function open(
  workflow: Workflow,
  actor: Actor,
  now: Date,
  facts: CaseFacts = {},
): CaseState {
  return unwrap(startCase(workflow, actor, now, facts));
}

/** Applies one transition that must succeed; throws with the engine's code and message otherwise. */
export function step(
  workflow: Workflow,
  state: CaseState,
  event: WorkflowEvent,
  actor: Actor,
  now: Date,
): CaseState {
  return unwrap(applyTransition(workflow, state, event, actor, now));
}

function unwrap(result: ReturnType<typeof startCase>): CaseState {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Seed 000 (Tanggamus), the workflow most unit tests use. */
export const tanggamusWorkflow = (): Workflow =>
  deriveWorkflow(seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA'), 'utama');

/** A seed 000 case standing at the paper check. */
export function atPaperCheck(workflow: Workflow): CaseState {
  const now = ticking('2026-07-20T08:00:00+07:00');
  let state = open(workflow, fo, now());
  state = step(workflow, state, { type: 'complete' }, fo, now());
  return step(workflow, state, { type: 'complete' }, fo, now());
}
