// `POST /v1/push`: a batch of one device's ops, in one transaction with a savepoint per op.
// The device row is locked first, so two pushes of the same device never interleave; each op
// must be the device's next sequence number. An op stored before (applied or refused) gets the
// same answer again, so a replayed batch changes nothing.
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
import { applyOp, type OpDecision } from './applyOp';
import type { DeviceCursor } from './conflicts';
import { officeState } from './officeState';

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

async function storeOp(tx: Sql, device: DeviceIdentity, op: OpEnvelope, decision: OpDecision) {
  await tx.query(
    `INSERT INTO ops (office_id, op_id, device_id, seq, type, schema_version, user_id, payload, client_time, outcome, rejection)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      device.officeId,
      op.opId,
      device.deviceId,
      op.seq,
      op.type,
      op.schemaVersion,
      op.userId,
      // A payload PostgreSQL cannot keep is refused, and stored as null.
      JSON.stringify(hasUnstorableText(op.payload) ? null : (op.payload ?? null)),
      op.clientTime,
      decision.outcome,
      decision.outcome === 'rejected'
        ? JSON.stringify({
            code: decision.code,
            message: decision.message,
            errors: decision.errors,
          })
        : null,
    ],
  );
}

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

export async function pushBatch(
  db: Database,
  device: DeviceIdentity,
  ops: readonly OpEnvelope[],
  log: FastifyBaseLogger,
  serverNow = new Date(),
): Promise<PushResponse> {
  return db.transaction(async (tx) => {
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
    const state = officeState(tx, device.officeId);
    const results: OpResult[] = [];
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
        await tx.query('SAVEPOINT op');
        try {
          const decision: OpDecision = hasUnstorableText(op.payload)
            ? { outcome: 'rejected', code: 'text-unstorable', message: m.textUnstorable }
            : await applyOp(
                { tx, officeId: device.officeId, device: cursor, state, serverNow },
                op,
              );
          await storeOp(tx, device, op, decision);
          await tx.query('RELEASE SAVEPOINT op');
          lastSeq = op.seq;
          results.push(resultOf(op, decision));
          // A later op of this batch with the same id is a replay of this one.
          stored.set(op.opId.toLowerCase(), {
            op_id: op.opId,
            device_id: device.deviceId,
            outcome: decision.outcome,
            rejection:
              decision.outcome === 'rejected'
                ? { code: decision.code, message: decision.message, errors: decision.errors }
                : null,
          });
        } catch (error) {
          await tx.query('ROLLBACK TO SAVEPOINT op');
          state.changed({ profile: true, users: true });
          log.error({ err: error, opId: op.opId, type: op.type }, 'op failed on the server');
          failed = true;
          results.push(retry(op, 'internal', m.internal));
        }
      }
    }
    await tx.query(
      'UPDATE devices SET last_seq = $3, last_seen_at = $4 WHERE office_id = $1 AND device_id = $2',
      [device.officeId, device.deviceId, lastSeq, serverNow],
    );
    return { results, lastSeq, serverTime: serverNow.toISOString() };
  });
}
