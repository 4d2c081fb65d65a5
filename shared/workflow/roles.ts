import type { ActorRole } from '../standards/schema';
import { parafChainOf } from './derive';
import { workflowError } from './errors';
import { workflowMessages } from './messages';
import type { Actor, Station, StaffRole, Workflow, WorkflowError } from './types';

/** Staff who may record a station's work: citizen and external steps are recorded at the counter. */
export const stationRoles: Record<ActorRole, readonly StaffRole[]> = {
  fo: ['fo'],
  bo: ['bo'],
  reviewer: ['reviewer'],
  signer: ['signer'],
  citizen: ['fo', 'bo'],
  external: ['fo', 'bo'],
};

/** Staff who may record the events that do not belong to one station's own work. */
export const eventRoles = {
  recordFacts: ['fo', 'bo'],
  resubmit: ['fo', 'bo'],
  decline: ['fo', 'bo', 'reviewer', 'signer'],
  recordOutcome: ['fo', 'bo'],
  cancel: ['fo', 'bo'],
} as const satisfies Record<string, readonly StaffRole[]>;

export function requireRole(
  actor: Actor,
  roles: readonly StaffRole[],
  action: string,
): WorkflowError | undefined {
  if (roles.some((role) => actor.roles.includes(role))) return undefined;
  return workflowError('role-required', workflowMessages.roleRequired(action, roles));
}

/**
 * May this actor do the work of this station? Role first; then a paraf slot
 * needs the slot's position, and a signature needs one of the step's signers
 * when the account carries positions at all.
 */
export function requireStationActor(
  workflow: Workflow,
  station: Station,
  actor: Actor,
): WorkflowError | undefined {
  const roleError = requireRole(
    actor,
    stationRoles[station.actor],
    workflowMessages.stationAction(station.label),
  );
  if (roleError) return roleError;
  const positions = actor.positions ?? [];
  if (station.parafSlot && !positions.includes(station.parafSlot.position)) {
    return workflowError(
      'position-required',
      workflowMessages.positionRequired(
        station.parafSlot.position,
        parafChainOf(workflow, station),
      ),
    );
  }
  if (
    station.kind === 'sign' &&
    station.signers &&
    positions.length > 0 &&
    !positions.some((position) => station.signers?.includes(position))
  ) {
    return workflowError('signer-position', workflowMessages.signerPosition(station.signers));
  }
  return undefined;
}

/** The position under which the actor gives this station's paraf or signature. */
export function positionUsed(station: Station, actor: Actor): string | undefined {
  if (station.parafSlot) return station.parafSlot.position;
  if (station.kind !== 'sign') return undefined;
  return actor.positions?.find((position) => station.signers?.includes(position));
}
