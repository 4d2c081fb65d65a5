// The commands that record what the clerk checks: the papers, the welfare registry, the BPJS
// status, and in the end the BPJS answer. Part of the seed's walk (walk.ts).
import { paperRequirements } from '../../../shared/cases/papers';
import type { Actor, Station } from '../../../shared/workflow/types';
import { pick, randomInt, type Random } from '../../../shared/random';
import type { CasePlan, NextCommand, WalkEnv, WalkState } from './walk';

const rejectReasons = [
  'NIK tidak padan dengan data Dukcapil.',
  'Kuota PBI APBD bulan ini telah terpenuhi.',
  'Peserta masih tercatat aktif pada segmen lain.',
];

export function checkDocumentsStep(
  station: Station,
  state: WalkState,
  plan: CasePlan,
  env: WalkEnv,
): NextCommand {
  const caseId = state.record.id;
  const { fo } = env.staff;
  const facts = state.record.workflow.facts;
  if (station.kind === 'checkPapers' && facts['papers.complete'] === false) {
    const missing = state.documents.filter((document) => document.status !== 'present');
    const ids = missing.map((document) => document.requirementId);
    const note = 'Mohon dilengkapi lalu dibawa kembali ke loket.';
    return {
      type: 'case.returnDocuments',
      payload: () => ({ caseId, missing: ids, note }),
      actor: fo,
      wait: 'minutes',
    };
  }
  const returnedBefore = state.record.workflow.history.some(
    (entry) => entry.event.type === 'returnPapers',
  );
  const returning = plan.target === 'returned' || (plan.returnOnce && !returnedBefore);
  return checkDocuments(state, env, returning);
}

function checkDocuments(state: WalkState, env: WalkEnv, withOneMissing: boolean): NextCommand {
  const caseId = state.record.id;
  const papers = paperRequirements(env.standard, state.record.trackId).filter((paper) =>
    state.documents.some((document) => document.requirementId === paper.id),
  );
  const mandatory = papers.filter((paper) => paper.mandatory);
  const missingId =
    withOneMissing && mandatory.length > 0 ? pick(env.random, mandatory).id : undefined;
  const documents = papers.map((paper) => ({
    requirementId: paper.id,
    status: paper.id === missingId ? 'missing' : 'present',
  }));
  return {
    type: 'case.checkDocuments',
    payload: () => ({ caseId, documents }),
    actor: env.staff.fo,
    wait: 'minutes',
  };
}

const branchFacts = (station: Station) => JSON.stringify(station.branches ?? []);

export function registryStep(
  station: Station,
  state: WalkState,
  plan: CasePlan,
  env: WalkEnv,
): NextCommand | undefined {
  const { record } = state;
  const { fo } = env.staff;
  const unchecked =
    state.documents.length > 0 &&
    state.documents.every((document) => document.status === 'missing');
  if (unchecked && !env.workflow.stations.some((candidate) => candidate.kind === 'checkPapers')) {
    return checkDocuments(state, env, false);
  }
  const refer = {
    type: 'case.refer',
    payload: () => ({ caseId: record.id }),
    actor: fo,
    wait: 'minutes',
  } as const;
  if (branchFacts(station).includes('family.scheme')) {
    return record.bpjs ? refer : bpjsStatus(state, plan, env, true);
  }
  if (!record.bpjs && env.standard.eligibility.bpjs) return bpjsStatus(state, plan, env, false);
  if (!record.registry) {
    const asksMatch = branchFacts(station).includes('registry.dataMatches');
    return registryCheck(state, env, fo, asksMatch ? plan.target !== 'referred' : undefined);
  }
  return plan.target === 'referred' ? refer : undefined;
}

export function registryCheck(
  state: WalkState,
  env: WalkEnv,
  actor: Actor,
  dataMatches: boolean | undefined,
): NextCommand {
  const registry = env.standard.eligibility.registry?.accepted[0] ?? 'DTKS';
  const check = {
    registry,
    listed: true,
    ...(registry === 'DTSEN' ? { decile: randomInt(env.random, 1, 5) } : {}),
    ...(dataMatches === undefined ? {} : { dataMatches }),
    officer: env.staff.names.get(actor.userId) ?? actor.userId,
  };
  return {
    type: 'case.recordRegistryCheck',
    payload: (today) => ({ caseId: state.record.id, check: { ...check, checkedOn: today } }),
    actor,
    wait: 'minutes',
  };
}

function bpjsStatus(state: WalkState, plan: CasePlan, env: WalkEnv, newborn: boolean): NextCommand {
  const months = randomInt(env.random, 1, 5);
  /** The first of the month, `months` months before `today`. */
  const since = (today: string) => {
    const [year = 2026, month = 1] = today.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 10);
  };
  const familyScheme = plan.target === 'referred' ? 'PBPU' : pick(env.random, ['PBI-APBN', 'JKSS']);
  const card = cardNumber(env.random);
  const status = (today: string) =>
    newborn
      ? { segment: 'belumTerdaftar', status: 'nonActive', familyScheme }
      : { cardNumber: card, segment: 'PBI-APBN', status: 'nonActive', since: since(today) };
  return {
    type: 'case.recordBpjsStatus',
    payload: (today) => ({ caseId: state.record.id, status: status(today) }),
    actor: env.staff.fo,
    wait: 'minutes',
  };
}

const cardNumber = (random: Random) =>
  `000${String(randomInt(random, 0, 99_999)).padStart(5, '0')}${String(randomInt(random, 0, 99_999)).padStart(5, '0')}`;

export function outcome(state: WalkState, plan: CasePlan, env: WalkEnv): NextCommand['payload'] {
  const caseId = state.record.id;
  if (plan.target === 'rejected') {
    const reason = pick(env.random, rejectReasons);
    return () => ({ caseId, outcome: { kind: 'rejected', reason } });
  }
  const card = state.record.bpjs?.cardNumber ?? cardNumber(env.random);
  return (today) => ({
    caseId,
    outcome: { kind: 'accepted', cardNumber: card, activeFrom: today },
  });
}
