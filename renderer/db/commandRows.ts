// The rows one successful command writes: its changes, its outbox row and its audit row.
// Shared by executeCommand (one transaction per command) and commandBatch (bulk seeding), so
// both write exactly the same thing.
import { uuidv7 } from 'uuidv7';
import type { CommandType, LoadedInput, ParsedCommand } from '../../shared/commands/registry';
import type { CommandContext, CommandResult } from '../../shared/commands/types';
import type { OfficeProfile } from '../../shared/office/profile';
import type { ExecuteContext, ExecuteResult } from './executeCommand';
import type {
  AuditRow,
  DocumentRecord,
  LetterRow,
  OutboxRow,
  PersonRecord,
  StoredCase,
  UserRecord,
} from './rows';
import { storedCase } from './storedCase';

export interface CommandRows {
  cases: StoredCase[];
  persons: PersonRecord[];
  documents: DocumentRecord[];
  users: UserRecord[];
  letters: LetterRow[];
  officeProfile?: OfficeProfile;
  outbox: OutboxRow;
  audit: AuditRow;
}

export interface CommandStamp {
  type: string;
  /** The payload as the schema parsed it: what sync sends. */
  payload: unknown;
  seq: number;
  opId: string;
  auditId: string;
}

type Succeeded = Extract<CommandResult, { ok: true }>;

/** Whether a successful command changed anything (a replayed registration does not). */
const changesSomething = ({ changes }: Succeeded): boolean =>
  (changes.cases?.length ?? 0) +
    (changes.persons?.length ?? 0) +
    (changes.documents?.length ?? 0) +
    (changes.users?.length ?? 0) +
    (changes.letters?.length ?? 0) >
    0 || changes.officeProfile !== undefined;

export function commandRows(
  result: Succeeded,
  stamp: CommandStamp,
  context: CommandContext,
  caseId: string | undefined,
): CommandRows {
  const at = context.now.toISOString();
  return {
    cases: (result.changes.cases ?? []).map(storedCase),
    persons: result.changes.persons ?? [],
    documents: result.changes.documents ?? [],
    users: result.changes.users ?? [],
    letters: result.changes.letters ?? [],
    ...(result.changes.officeProfile ? { officeProfile: result.changes.officeProfile } : {}),
    outbox: {
      opId: stamp.opId,
      deviceId: context.deviceId,
      seq: stamp.seq,
      schemaVersion: 1,
      type: stamp.type,
      userId: context.actor.userId,
      ...(caseId === undefined ? {} : { caseId }),
      payload: stamp.payload,
      clientTime: at,
      status: 'pending',
    },
    audit: {
      id: stamp.auditId,
      opId: stamp.opId,
      type: stamp.type,
      ...(caseId === undefined ? {} : { caseId }),
      userId: context.actor.userId,
      roles: [...context.actor.roles],
      deviceId: context.deviceId,
      at,
    },
  };
}

/** What a command decided: the answer for the caller and, when it changed something, its rows. */
export interface Decision {
  result: ExecuteResult;
  rows?: CommandRows;
}

/**
 * Runs a parsed command on what was loaded and turns its result into rows, with `seq` as its
 * outbox sequence when it writes. The one decision path of executeCommand and commandBatch.
 */
export function decideCommand(
  parsed: ParsedCommand<CommandType>,
  loaded: LoadedInput,
  context: ExecuteContext,
  seq: number,
): Decision {
  const { caseId } = parsed.needs;
  const result = parsed.run(loaded, context);
  if (!result.ok) return { result: { ok: false, caseId, errors: result.errors, warnings: [] } };
  const resultCaseId = result.caseId ?? caseId;
  if (!changesSomething(result)) {
    return { result: { ok: true, caseId: resultCaseId, errors: [], warnings: result.warnings } };
  }
  const newId = context.newId ?? uuidv7;
  const stamp = {
    type: parsed.type,
    payload: parsed.payload,
    seq,
    opId: newId(),
    auditId: newId(),
  };
  return {
    result: {
      ok: true,
      caseId: resultCaseId,
      opId: stamp.opId,
      errors: [],
      warnings: result.warnings,
    },
    rows: commandRows(result, stamp, context, resultCaseId),
  };
}
