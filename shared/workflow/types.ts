import type { CaseFacts } from '../standards/conditions';
import type { ActorRole, Step, StepKind, StepTarget } from '../standards/schema';

/** Roles a staff account can hold. `admin` configures the office; it does not work cases. */
export const staffRoles = ['fo', 'bo', 'reviewer', 'signer', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Whoever asks for a transition. `positions` are official posts ("Kepala Bidang"). */
export interface Actor {
  userId: string;
  roles: readonly StaffRole[];
  positions?: readonly string[];
}

export type Branch = NonNullable<Step['branches']>[number];

/** One state of a case while it is open: a published step, or one slot of a paraf chain. */
export interface Station {
  /** The step id; `stepId.n` for the n-th paraf slot; `awaitOutcome.implicit` for the appended wait. */
  id: string;
  stepId: string;
  kind: StepKind;
  label: string;
  actor: ActorRole;
  /** The published target of the step; paraf slots share their step's target. */
  target: StepTarget;
  /** Not in the published text: a step the pack marks `implied`, or the appended outcome wait. */
  implied: boolean;
  parafSlot?: { index: number; count: number; position: string };
  signers?: readonly string[];
  branches?: readonly Branch[];
}

/** The state machine of one track of one version of a standard. */
export interface Workflow {
  serviceCode: string;
  version: number;
  trackId: string;
  stations: readonly Station[];
  /** The citizen's errands before the case exists; counted in published totals, never a state. */
  preVisitSteps: readonly Step[];
  /** Requirement ids that apply to this track, for the list of missing papers. */
  requirementIds: readonly string[];
}

/** Terminal states end the case; `returned` waits for the citizen to bring the missing papers. */
export const terminalStatuses = [
  'accepted',
  'rejected',
  'referred',
  'declined',
  'cancelled',
] as const;
export type TerminalStatus = (typeof terminalStatuses)[number];
export type CaseStatus = 'open' | 'returned' | TerminalStatus;

export type Outcome =
  | { kind: 'accepted'; cardNumber: string; activeFrom: string }
  | { kind: 'rejected'; reason: string };

export type WorkflowEvent =
  | { type: 'complete' }
  | { type: 'recordFacts'; facts: CaseFacts }
  | { type: 'returnPapers'; missing: readonly string[]; note?: string }
  | { type: 'resubmit' }
  | { type: 'refer'; referTo?: string; reason?: string }
  | { type: 'sendBack'; reason: string }
  | { type: 'decline'; reason: string }
  | { type: 'recordOutcome'; outcome: Outcome }
  | { type: 'cancel'; reason?: string };
export type WorkflowEventType = WorkflowEvent['type'];
export type EventOf<T extends WorkflowEventType> = Extract<WorkflowEvent, { type: T }>;

/** The event that opens a case; only `startCase` records it. */
export type OpenEvent = { type: 'open'; facts: CaseFacts };

export interface HistoryEntry {
  /** ISO 8601 instant, UTC. */
  at: string;
  userId: string;
  event: OpenEvent | WorkflowEvent;
  from: { status: CaseStatus; stationId: string | null };
  to: { status: CaseStatus; stationId: string | null };
  /** The position under which a paraf or signature was given. */
  position?: string;
  /** What the engine decided on the way (e.g. the referral's destination, the branch taken). */
  details?: Readonly<Record<string, string>>;
}

export interface ParafGiven {
  stationId: string;
  position: string;
  userId: string;
  at: string;
}

export interface CaseState {
  serviceCode: string;
  version: number;
  trackId: string;
  status: CaseStatus;
  /** The station the case is at while open; where it stood when it was returned or closed. */
  stationId: string | null;
  facts: CaseFacts;
  /** Initials given in the current round; cleared when the draft is sent back. */
  parafs: readonly ParafGiven[];
  signed?: { stationId: string; userId: string; position?: string; at: string };
  returned?: { stationId: string; missing: readonly string[]; at: string };
  referral?: { referTo: string; branch: string; reason?: string };
  outcome?: Outcome;
  declineReason?: string;
  cancelReason?: string;
  history: readonly HistoryEntry[];
}

export type WorkflowErrorCode =
  | 'case-closed'
  | 'case-returned'
  | 'case-not-returned'
  | 'role-required'
  | 'position-required'
  | 'signer-position'
  | 'workflow-mismatch'
  | 'unknown-station'
  | 'return-not-allowed'
  | 'missing-required'
  | 'unknown-requirement'
  | 'refer-not-allowed'
  | 'refer-to-required'
  | 'branch-not-met'
  | 'branch-applies'
  | 'fact-missing'
  | 'facts-empty'
  | 'send-back-not-allowed'
  | 'no-draft-station'
  | 'reason-required'
  | 'already-signed'
  | 'decline-too-late'
  | 'outcome-not-allowed'
  | 'outcome-required'
  | 'card-number-invalid'
  | 'date-invalid'
  | 'unknown-track'
  | 'no-addressee';

export interface WorkflowError {
  code: WorkflowErrorCode;
  /** Bahasa Indonesia, from `messages.ts`. */
  message: string;
}

export type TransitionResult = { ok: true; state: CaseState } | { ok: false; error: WorkflowError };
