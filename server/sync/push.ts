// `POST /v1/push`: a batch of one device's ops, in one transaction. The device row is locked
// first, so two pushes of the same device never interleave; each op must be the device's next
// sequence number. The ops are decided one by one in memory (batchRecords.ts) and what they
// decided is written at the end in a few statements: a refused op wrote nothing, so it needs no
// savepoint, and a failure while writing stores nothing of the batch (the device sends it again).
// An op stored before (applied or refused) gets the same answer again, so a replayed batch
// changes nothing.
import type { FastifyBaseLogger } from 'fastify';
import {
  hasUnstorableText,
  OP_SCHEMA_VERSION,
  type OpEnvelope,
  type OpResult,
  type PushResponse,
} from '../../shared/sync/push';
import type { DeviceIdentity } from '../auth';
import type { Database, Sql } from '../db/database';
import { serverMessages } from '../messages';
import { applyOp, type IssuedNumber, type OpDecision } from './applyOp';
import { BatchRecords } from './batchRecords';
import { recordConflicts, type Conflict, type DeviceCursor } from './conflicts';
import { officeState } from './officeState';
import type { Position } from './pull';

const m = serverMessages.push;

interface StoredOp {
  op_id: string;
  device_id: string;
  outcome: 'applied' | 'rejected';
  rejection: { code: string; message: string; errors?: OpResult['errors'] } | null;
}

function answerStored(op: OpEnvelope, stored: StoredOp, deviceId: string): OpResult {
  if (stored.device_id !== deviceId) {
    return { opId: op.opId, status: 'rejected', code: 'op-id-taken', message: m.opIdTaken };
  }
  if (stored.outcome === 'applied') return { opId: op.opId, status: 'duplicate' };
  return { opId: op.opId, status: 'rejected', ...stored.rejection };
}

const retry = (op: OpEnvelope, code: string, message: string): OpResult => ({
  opId: op.opId,
  status: 'retry',
  code,
  message,
});

const rejectionOf = (decision: OpDecision) =>
  decision.outcome === 'rejected'
    ? { code: decision.code, message: decision.message, errors: decision.errors }
    : null;

const resultOf = (op: OpEnvelope, decision: OpDecision): OpResult =>
  decision.outcome === 'applied'
    ? { opId: op.opId, status: 'applied' }
    : {
        opId: op.opId,
        status: 'rejected',
        code: decision.code,
        message: decision.message,
        ...(decision.errors ? { errors: decision.errors } : {}),
      };

interface Decided {
  op: OpEnvelope;
  decision: OpDecision;
  /** False when the payload holds text PostgreSQL cannot keep: it is stored as null. */
  storable: boolean;
}

async function storeOps(tx: Sql, device: DeviceIdentity, decided: readonly Decided[]) {
  if (decided.length === 0) return;
  const rows = decided.map(({ op, decision, storable }) => ({
    op_id: op.opId,
    seq: op.seq,
    type: op.type,
    schema_version: op.schemaVersion,
    user_id: op.userId,
    payload: storable ? (op.payload ?? null) : null,
    client_time: op.clientTime,
    outcome: decision.outcome,
    rejection: rejectionOf(decision),
  }));
  await tx.query(
    `INSERT INTO ops (office_id, op_id, device_id, seq, type, schema_version, user_id, payload, client_time, outcome, rejection)
     SELECT $1, r.op_id, $2, r.seq, r.type, r.schema_version, r.user_id, coalesce(r.payload, 'null'::jsonb),
            r.client_time, r.outcome, r.rejection
       FROM jsonb_to_recordset($3::jsonb) AS r (op_id uuid, seq bigint, type text, schema_version integer,
            user_id text, payload jsonb, client_time timestamptz, outcome text, rejection jsonb)`,
    [device.officeId, device.deviceId, JSON.stringify(rows)],
  );
}

async function registerNumbers(tx: Sql, officeId: string, numbers: readonly IssuedNumber[]) {
  if (numbers.length === 0) return;
  const rows = numbers.map(({ letter, subjectName, opId }) => ({
    number: letter.number,
    letter_id: letter.id,
    case_id: letter.caseId,
    code: letter.verification.code,
    issued_on: letter.issuedOn,
    signed: letter.verification,
    subject_name: subjectName,
    op_id: opId,
  }));
  await tx.query(
    `INSERT INTO letter_numbers (office_id, number, letter_id, case_id, code, issued_on, signed, subject_name, op_id)
     SELECT $1, r.number, r.letter_id, r.case_id, r.code, r.issued_on, r.signed, r.subject_name, r.op_id
       FROM jsonb_to_recordset($2::jsonb) AS r (number text, letter_id uuid, case_id uuid, code text,
            issued_on date, signed jsonb, subject_name text, op_id uuid)`,
    [officeId, JSON.stringify(rows)],
  );
}

/**
 * The device ran a refused op on its own copy of the case, so what it holds of the case is not
 * the server's any more. Its records are stamped again, no longer echoes: every device of the
 * office pulls them once more, and the refusing one gets the server's version back.
 */
async function restampRefusedCases(tx: Sql, officeId: string, caseIds: ReadonlySet<string>) {
  if (caseIds.size === 0) return;
  await tx.query(
    `UPDATE records SET changed_xid = pg_current_xact_id(), changed_seq = nextval('record_change_seq'), echo = false
      WHERE office_id = $1 AND case_id = ANY($2::uuid[])`,
    [officeId, [...caseIds]],
  );
}

const uuidPattern = /^[0-9a-fA-F-]{36}$/;

/** The ids an op's payload names under `fields`, as the commands will read them. */
const idsIn = (ops: readonly OpEnvelope[], fields: readonly string[]): string[] =>
  ops.flatMap((op) => {
    const payload = op.payload as Record<string, unknown> | null;
    return fields.flatMap((field) => {
      const id = payload?.[field];
      return typeof id === 'string' && uuidPattern.test(id) ? [id.toLowerCase()] : [];
    });
  });

export interface PushOptions {
  serverNow?: Date;
  /** The pull position the device decided the batch's ops with, if it said (see echo.ts). */
  basis?: Position | null;
  /** `exceptions`: answer only the ops that are neither applied nor duplicate. */
  answers?: 'all' | 'exceptions';
}

export async function pushBatch(
  db: Database,
  device: DeviceIdentity,
  ops: readonly OpEnvelope[],
  log: FastifyBaseLogger,
  { serverNow = new Date(), basis = null, answers = 'all' }: PushOptions = {},
): Promise<PushResponse> {
  // A failure while writing rolls the whole batch back; the app answers 500 `internal` and the
  // device sends the batch again.
  const response = await db.transaction((tx) =>
    decideBatch(tx, device, ops, log, serverNow, basis),
  );
  if (answers === 'all') return response;
  return {
    ...response,
    results: response.results.filter(
      (result) => result.status !== 'applied' && result.status !== 'duplicate',
    ),
  };
}

async function decideBatch(
  tx: Sql,
  device: DeviceIdentity,
  ops: readonly OpEnvelope[],
  log: FastifyBaseLogger,
  serverNow: Date,
  basis: Position | null,
): Promise<PushResponse> {
  const { rows: devices } = await tx.query<{
    last_seq: string;
    pulled_xid: string | null;
    pulled_seq: string | null;
  }>(
    'SELECT last_seq::text, pulled_xid::text, pulled_seq::text FROM devices WHERE office_id = $1 AND device_id = $2 FOR UPDATE',
    [device.officeId, device.deviceId],
  );
  const row = devices[0];
  if (!row) throw new Error(`device ${device.deviceId} vanished during push`);
  let lastSeq = Number(row.last_seq);
  const cursor: DeviceCursor = {
    deviceId: device.deviceId,
    pulled:
      row.pulled_xid !== null && row.pulled_seq !== null
        ? { xid: row.pulled_xid, seq: row.pulled_seq }
        : null,
  };
  const { rows: known } = await tx.query<StoredOp>(
    'SELECT op_id, device_id, outcome, rejection FROM ops WHERE office_id = $1 AND op_id = ANY($2::uuid[])',
    [device.officeId, ops.map((op) => op.opId)],
  );
  const stored = new Map(known.map((op) => [op.op_id, op]));
  const records = new BatchRecords(tx, device.officeId);
  // The cases (locked) and the people the ops name, read up front in two queries.
  await records.loadCases(idsIn(ops, ['caseId']));
  await records.getMany(
    idsIn(ops, ['applicantId', 'subjectId']).map((id) => ({ kind: 'person', id })),
  );
  const state = officeState(records, device.officeId);
  const conflicts: Conflict[] = [];
  const numbers: IssuedNumber[] = [];
  const decided: Decided[] = [];
  const results: OpResult[] = [];
  /** Cases of refused ops: the device applied them on its own copy, see refusedCases below. */
  const refused = new Set<string>();
  let failed = false;

  for (const op of ops) {
    const before = stored.get(op.opId.toLowerCase());
    if (before) {
      results.push(answerStored(op, before, device.deviceId));
    } else if (failed) {
      results.push(retry(op, 'internal', m.internal));
    } else if (op.schemaVersion > OP_SCHEMA_VERSION) {
      results.push(retry(op, 'schema-too-new', m.schemaTooNew(op.schemaVersion)));
    } else if (op.seq <= lastSeq) {
      results.push(retry(op, 'seq-behind', m.seqBehind(op.seq, lastSeq)));
    } else if (op.seq > lastSeq + 1) {
      results.push(retry(op, 'out-of-order', m.outOfOrder(op.seq, lastSeq)));
    } else {
      try {
        const storable = !hasUnstorableText(op.payload);
        const decision: OpDecision = !storable
          ? { outcome: 'rejected', code: 'text-unstorable', message: m.textUnstorable }
          : await applyOp(
              {
                tx,
                officeId: device.officeId,
                device: cursor,
                records,
                state,
                serverNow,
                conflicts,
                numbers,
                basis,
              },
              op,
            );
        decided.push({ op, decision, storable });
        if (decision.outcome === 'rejected') {
          for (const caseId of idsIn([op], ['caseId'])) refused.add(caseId);
        }
        lastSeq = op.seq;
        results.push(resultOf(op, decision));
        // A later op of this batch with the same id is a replay of this one.
        stored.set(op.opId.toLowerCase(), {
          op_id: op.opId,
          device_id: device.deviceId,
          outcome: decision.outcome,
          rejection: rejectionOf(decision),
        });
      } catch (error) {
        // A command that throws is a bug: this op and the rest wait for a fixed server.
        log.error({ err: error, opId: op.opId, type: op.type }, 'op failed on the server');
        failed = true;
        results.push(retry(op, 'internal', m.internal));
      }
    }
  }

  await records.flush();
  await restampRefusedCases(tx, device.officeId, refused);
  await registerNumbers(tx, device.officeId, numbers);
  await recordConflicts(tx, device.officeId, conflicts);
  await storeOps(tx, device, decided);
  await tx.query(
    'UPDATE devices SET last_seq = $3, last_seen_at = $4 WHERE office_id = $1 AND device_id = $2',
    [device.officeId, device.deviceId, lastSeq, serverNow],
  );
  return { results, lastSeq, serverTime: serverNow.toISOString() };
}
