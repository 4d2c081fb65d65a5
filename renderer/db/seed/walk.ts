// What the office does next with a seeded case, as the counter staff would: one real command
// at a time, chosen from the station the case stands at and the fate planned for it.
import type { CaseRecord, DocumentRecord } from '../../../shared/cases/records';
import type { ServiceStandard } from '../../../shared/standards/schema';
import { stationById } from '../../../shared/workflow/derive';
import type { Actor, Station, Workflow } from '../../../shared/workflow/types';
import { checkDocumentsStep, outcome, registryCheck, registryStep } from './checks';
import { pick, type Random } from '../../../shared/random';

/** How a seeded case ends (or where it stops). */
export type SeedTarget =
  'accepted' | 'rejected' | 'referred' | 'declined' | 'cancelled' | 'returned' | 'stalled';

export interface CasePlan {
  target: SeedTarget;
  /** Papers are returned once and brought back before the case goes on. */
  returnOnce: boolean;
  /** Commands after registration before declining, cancelling or stalling. */
  stopAfter: number;
}

export interface Staff {
  fo: Actor;
  bo: Actor;
  /** Reviewers and signers by the position they hold. */
  byPosition: ReadonlyMap<string, Actor>;
  /** Each account's full name, as the registry check records its officer. */
  names: ReadonlyMap<string, string>;
}

export interface WalkEnv {
  standard: ServiceStandard;
  workflow: Workflow;
  staff: Staff;
  random: Random;
}

export interface WalkState {
  record: CaseRecord;
  documents: readonly DocumentRecord[];
  /** Commands run since registration. */
  steps: number;
}

export interface NextCommand {
  type: string;
  /** The payload, given the office-local date the command runs on. */
  payload: (today: string) => Record<string, unknown>;
  actor: Actor;
  /** How long until it happens: minutes at the counter, days when the citizen or BPJS acts. */
  wait: 'minutes' | 'days';
}

const declineReasons = [
  'Pemohon tercatat sebagai peserta PPU aktif dari pemberi kerja.',
  'Tidak terdaftar pada data terpadu kesejahteraan sosial.',
  'Alamat domisili di luar wilayah kabupaten/kota.',
];
export function nextCommand(
  state: WalkState,
  plan: CasePlan,
  env: WalkEnv,
): NextCommand | undefined {
  const { record } = state;
  const { fo } = env.staff;
  const caseId = record.id;
  if (record.status === 'returned') {
    return plan.target === 'returned'
      ? undefined
      : { type: 'case.resubmit', payload: () => ({ caseId }), actor: fo, wait: 'days' };
  }
  if (record.status !== 'open') return undefined;
  if (state.steps >= plan.stopAfter) {
    if (plan.target === 'stalled') return undefined;
    if (plan.target === 'declined') {
      const reason = pick(env.random, declineReasons);
      return {
        type: 'case.decline',
        payload: () => ({ caseId, reason }),
        actor: fo,
        wait: 'minutes',
      };
    }
    if (plan.target === 'cancelled') {
      const reason = 'Pemohon membatalkan permohonan.';
      return {
        type: 'case.cancel',
        payload: () => ({ caseId, reason }),
        actor: fo,
        wait: 'minutes',
      };
    }
  }
  const station = stationById(env.workflow, record.stationId);
  if (!station) return undefined;
  return atStation(station, state, plan, env);
}

function atStation(
  station: Station,
  state: WalkState,
  plan: CasePlan,
  env: WalkEnv,
): NextCommand | undefined {
  const { record } = state;
  const caseId = record.id;
  const { fo, bo } = env.staff;
  const stationId = station.id;
  switch (station.kind) {
    case 'receive':
    case 'checkPapers':
      return checkDocumentsStep(station, state, plan, env);
    case 'registryCheck':
      return registryStep(station, state, plan, env);
    case 'draft':
      if (env.standard.eligibility.registry && !record.registry) {
        return registryCheck(state, env, bo, undefined);
      }
      return {
        type: 'case.submitForParaf',
        payload: () => ({ caseId, stationId }),
        actor: bo,
        wait: 'minutes',
      };
    case 'paraf':
    case 'sign': {
      const position = station.parafSlot?.position ?? station.signers?.[0] ?? '';
      const actor = env.staff.byPosition.get(position) ?? bo;
      const type = station.kind === 'paraf' ? 'case.paraf' : 'case.sign';
      return { type, payload: () => ({ caseId, stationId }), actor, wait: 'minutes' };
    }
    case 'handOver':
      return {
        type: 'case.handOver',
        payload: () => ({ caseId, stationId }),
        actor: fo,
        wait: 'minutes',
      };
    case 'awaitOutcome':
      return {
        type: 'case.recordOutcome',
        payload: outcome(state, plan, env),
        actor: bo,
        wait: 'days',
      };
    default: {
      const actor = station.actor === 'bo' ? bo : fo;
      const slow = station.kind === 'submitBatch' || station.kind === 'deliver';
      return {
        type: 'case.completeStep',
        payload: () => ({ caseId, stationId }),
        actor,
        wait: slow ? 'days' : 'minutes',
      };
    }
  }
}
