// One op, decided again on the server with the same shared command the counter ran, against
// the server's own copy of the case and accounts (as the batch sees them, see batchRecords.ts).
// The op's author is checked against the server's accounts (their roles, not the device's
// claim) and its clock bounds the command's "now". What it decides (records, letter numbers,
// conflicts) is collected for the batch to write; a refusal collects nothing but conflicts.
import { parseCommand } from '../../shared/commands/registry';
import type { Changes, CommandError } from '../../shared/commands/types';
import type { LetterRecord } from '../../shared/cases/letterRecord';
import { REFUSED_ON_DEVICE, type OpCode, type OpEnvelope } from '../../shared/sync/push';
import { actorOf, type UserRecord } from '../../shared/users/user';
import type { Sql } from '../db/database';
import { serverMessages } from '../messages';
import type { BatchRecords } from './batchRecords';
import { serverOutcomeOf } from './bpjsActor';
import { overwritten, serverOwned, type Conflict, type DeviceCursor } from './conflicts';
import { serverCatalog, serverHolidays, type OfficeState } from './officeState';
import { echoesDevice } from './echo';
import type { Position } from './pull';
import type { RecordWrite, StoredRecord } from './records';

const m = serverMessages.push;

/** How far ahead of the server a device clock may be and its ops still count. */
export const MAX_CLOCK_AHEAD_MS = 24 * 3_600_000;

export type OpDecision =
  | { outcome: 'applied' }
  | { outcome: 'rejected'; code: string; message: string; errors?: CommandError[] };

/** A letter number the batch registers once it is written. */
export interface IssuedNumber {
  letter: LetterRecord;
  subjectName: string;
  opId: string;
}

export interface OpEnv {
  tx: Sql;
  officeId: string;
  device: DeviceCursor;
  records: BatchRecords;
  state: OfficeState;
  serverNow: Date;
  /** What the batch writes at its end, collected op by op. */
  conflicts: Conflict[];
  numbers: IssuedNumber[];
  /** The pull position the device decided the batch with, if it said (see echo.ts). */
  basis: Position | null;
}

const rejected = (code: OpCode | string, message: string, errors?: CommandError[]): OpDecision => ({
  outcome: 'rejected',
  code,
  message,
  ...(errors ? { errors } : {}),
});

/**
 * The author of the op: the server's account, or, in an office without any account yet, the
 * account a bootstrap `user.create` makes (a counter set up before it was enrolled). Once the
 * office has accounts, nobody can claim roles by creating themselves.
 */
async function authorOf(
  env: OpEnv,
  op: OpEnvelope,
  payload: unknown,
): Promise<UserRecord | undefined> {
  const users = await env.state.users();
  const known = users.find((user) => user.id === op.userId);
  if (known || op.type !== 'user.create' || users.length > 0) return known;
  const created = (payload as { user: UserRecord }).user;
  return created.id === op.userId ? created : undefined;
}

export async function applyOp(env: OpEnv, op: OpEnvelope): Promise<OpDecision> {
  const { officeId } = env;
  if (op.type === REFUSED_ON_DEVICE) return rejected('refused-on-device', m.refusedOnDevice);
  // An unknown type is refused here too, as `unknown-command`.
  const parsed = parseCommand(op.type, op.payload);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return rejected(
      first?.code ?? 'payload.invalid',
      first?.message ?? m.invalidPayload,
      parsed.errors,
    );
  }
  const now = new Date(op.clientTime);
  if (now.getTime() - env.serverNow.getTime() > MAX_CLOCK_AHEAD_MS) {
    return rejected('clock-ahead', m.clockAhead(op.clientTime));
  }
  const office = await env.state.profile();
  if (!office) return rejected('office-unknown', m.officeUnknown(officeId));
  const author = await authorOf(env, op, parsed.payload);
  if (!author) return rejected('user-unknown', m.userUnknown(op.userId));

  const { caseId } = parsed.needs;
  if (caseId !== undefined) await env.records.loadCases([caseId]);
  const current = caseId === undefined ? undefined : await env.records.get('case', caseId);
  const documents = caseId === undefined ? [] : env.records.documentsOf(caseId);
  const result = parsed.run(
    {
      ...(current ? { current: current.body } : {}),
      documents: documents.map((row) => row.body),
      ...(parsed.needs.users ? { users: await env.state.users() } : {}),
    },
    {
      actor: actorOf(author),
      deviceId: env.device.deviceId,
      now,
      catalog: serverCatalog,
      office,
      holidays: serverHolidays,
    },
  );
  if (!result.ok) {
    const first = result.errors[0];
    // A refusal because the server's own value stands: the device's value is kept aside.
    const serverOutcome = current ? serverOutcomeOf(current.body) : undefined;
    if (
      current &&
      first?.code === 'case-closed' &&
      op.type === 'case.recordOutcome' &&
      serverOutcome
    ) {
      const { outcome } = parsed.payload as { outcome: unknown };
      env.conflicts.push(
        serverOwned(current, {
          field: 'outcome',
          kept: serverOutcome,
          lost: outcome,
          lostDevice: env.device.deviceId,
          lostOp: op.opId,
          keptOp: null,
        }),
      );
    }
    const { letterNumber } = current?.body ?? {};
    if (current && first?.code === 'letter-already-issued' && letterNumber !== undefined) {
      const { number } = parsed.payload as { number: unknown };
      env.conflicts.push(
        serverOwned(current, {
          field: 'letterNumber',
          kept: letterNumber,
          lost: number,
          lostDevice: env.device.deviceId,
          lostOp: op.opId,
          keptOp: current.changedByOp,
        }),
      );
    }
    return rejected(first?.code ?? 'refused', first?.message ?? m.refused, result.errors);
  }

  const writes = writesOf(result.changes, officeId);
  const taken = await takeLetterNumbers(env, op, result.changes);
  if (taken) return taken;
  env.conflicts.push(...(await conflictsOf(env, writes, op.opId)));
  const echo = await isEcho(env, op, {
    case: current,
    documents,
    needsUsers: parsed.needs.users === true,
  });
  env.records.write(writes, { deviceId: env.device.deviceId, opId: op.opId }, echo);
  env.state.changed({
    profile: result.changes.officeProfile !== undefined,
    users: (result.changes.users?.length ?? 0) > 0,
  });
  return { outcome: 'applied' };
}

/** Whether the op's records are what the device computed itself (see echo.ts). */
async function isEcho(
  env: OpEnv,
  op: OpEnvelope,
  read: { case: StoredRecord | undefined; documents: StoredRecord[]; needsUsers: boolean },
): Promise<boolean> {
  const { deviceId } = env.device;
  const users = await env.state.userRecords();
  return echoesDevice(
    {
      case: read.case,
      documents: read.documents,
      profile: await env.records.get('officeProfile', env.officeId),
      author: users.find((user) => user.body.id === op.userId),
      users: read.needsUsers ? users : [],
    },
    deviceId,
    env.basis,
  );
}

export function writesOf(changes: Changes, officeId: string): RecordWrite[] {
  return [
    ...(changes.cases ?? []).map((body) => ({
      kind: 'case' as const,
      id: body.id,
      caseId: body.id,
      body,
    })),
    ...(changes.persons ?? []).map((body) => ({ kind: 'person' as const, id: body.id, body })),
    ...(changes.documents ?? []).map((body) => ({
      kind: 'document' as const,
      id: body.id,
      caseId: body.caseId,
      body,
    })),
    ...(changes.letters ?? []).map((body) => ({
      kind: 'letter' as const,
      id: body.id,
      caseId: body.caseId,
      body,
    })),
    ...(changes.users ?? []).map((body) => ({ kind: 'user' as const, id: body.id, body })),
    ...(changes.officeProfile
      ? [{ kind: 'officeProfile' as const, id: officeId, body: changes.officeProfile }]
      : []),
  ];
}

async function conflictsOf(
  env: OpEnv,
  writes: readonly RecordWrite[],
  opId: string,
): Promise<Conflict[]> {
  const watched = writes.filter((write) => write.kind !== 'document' && write.kind !== 'letter');
  const before = await env.records.getMany(watched);
  return watched.flatMap((write) =>
    overwritten(
      write.kind,
      write.id,
      before.get(`${write.kind}:${write.id}`),
      write.body,
      env.device,
      opId,
      write.caseId,
    ),
  );
}

/** The registry the server owns: a number is issued once per office. */
async function takeLetterNumbers(
  env: OpEnv,
  op: OpEnvelope,
  changes: Changes,
): Promise<OpDecision | undefined> {
  const letters = changes.letters ?? [];
  for (const letter of letters) {
    const { rows } = await env.tx.query<{ number: string; letter_id: string }>(
      'SELECT number, letter_id FROM letter_numbers WHERE office_id = $1 AND (number = $2 OR letter_id = $3)',
      [env.officeId, letter.number, letter.id],
    );
    const inBatch = env.numbers.filter(
      (issued) => issued.letter.number === letter.number || issued.letter.id === letter.id,
    );
    const taken = [
      ...rows,
      ...inBatch.map((issued) => ({ number: issued.letter.number, letter_id: issued.letter.id })),
    ];
    if (taken.some((row) => row.number === letter.number)) {
      return rejected('letter-number-taken', m.letterNumberTaken(letter.number));
    }
    if (taken[0]) return rejected('letter-id-taken', m.letterIdTaken);
  }
  for (const letter of letters) {
    const subject =
      changes.cases?.find((record) => record.id === letter.caseId) ??
      (await env.records.get('case', letter.caseId))?.body;
    env.numbers.push({ letter, subjectName: subject?.subjectName ?? '', opId: op.opId });
  }
  return undefined;
}
