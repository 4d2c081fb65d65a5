// Per-field conflict rules. The server applies every op to its own current record, so nothing
// is merged blindly; but when a device changes a field whose current value came from another
// device's write it had not pulled yet, that other value is overwritten unseen. The later
// arrival wins, and the value it replaced is kept in `conflicts` for a supervisor. Fields the
// server owns (the letter number) never change: a device's different value is what is kept aside.
import { isDeepStrictEqual } from 'node:util';
import type { RecordKind } from '../../shared/sync/pull';
import type { Sql } from '../db/database';
import type { StoredRecord } from './records';

/** What a person enters on each kind of record; derived fields (status, due times) are not conflicts. */
const enteredFields: Partial<Record<RecordKind, readonly string[] | 'every'>> = {
  case: ['priority', 'reason', 'registry', 'bpjs'],
  person: ['nik', 'kk', 'name', 'birthPlace', 'birthDate', 'sex', 'address', 'phone'],
  user: ['name', 'roles', 'positions', 'nip', 'rank', 'active'],
  /** Every setting of the profile is entered by an admin. */
  officeProfile: 'every',
};

export interface DeviceCursor {
  deviceId: string;
  /** The pull position the device confirmed last, or null before its first pull. */
  pulled: { xid: string; seq: string } | null;
}

/** Whether the device had pulled this version of the record before it sent its op. */
function seenBy(record: StoredRecord, device: DeviceCursor): boolean {
  if (record.changedBy === null || record.changedBy === device.deviceId) return true;
  if (device.pulled === null) return false;
  const xid = BigInt(record.changedXid);
  const pulledXid = BigInt(device.pulled.xid);
  return (
    xid < pulledXid || (xid === pulledXid && BigInt(record.changedSeq) <= BigInt(device.pulled.seq))
  );
}

export interface Conflict {
  kind: RecordKind;
  recordId: string;
  caseId?: string;
  field: string;
  kept: unknown;
  lost: unknown;
  lostDevice: string | null;
  lostOp: string | null;
  keptOp: string | null;
  rule: 'later-arrival' | 'server-owned';
}

/** As stored: jsonb keeps no `undefined`. */
const asStored = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** The values `next` overwrites that another device wrote and this one had not seen. */
export function overwritten(
  kind: RecordKind,
  recordId: string,
  before: StoredRecord | undefined,
  next: unknown,
  device: DeviceCursor,
  opId: string,
  caseId?: string,
): Conflict[] {
  const entered = enteredFields[kind];
  if (!before || !entered || seenBy(before, device)) return [];
  const old = before.body as unknown as Record<string, unknown>;
  const written = next as Record<string, unknown>;
  const fields =
    entered === 'every' ? Object.keys(old).filter((key) => key !== 'updatedAt') : entered;
  return fields
    .map((field) => ({ field, now: asStored(written[field]) }))
    .filter(({ field, now }) => old[field] !== undefined && !isDeepStrictEqual(old[field], now))
    .map(({ field, now }) => ({
      kind,
      recordId,
      ...(caseId === undefined ? {} : { caseId }),
      field,
      kept: now ?? null,
      lost: old[field],
      lostDevice: before.changedBy,
      lostOp: before.changedByOp,
      keptOp: opId,
      rule: 'later-arrival',
    }));
}

export async function recordConflicts(
  tx: Sql,
  officeId: string,
  conflicts: readonly Conflict[],
): Promise<void> {
  for (const conflict of conflicts) {
    await tx.query(
      `INSERT INTO conflicts (office_id, kind, record_id, case_id, field, kept, lost, lost_device, lost_op, kept_op, rule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        officeId,
        conflict.kind,
        conflict.recordId,
        conflict.caseId ?? null,
        conflict.field,
        JSON.stringify(conflict.kept ?? null),
        JSON.stringify(conflict.lost ?? null),
        conflict.lostDevice,
        conflict.lostOp,
        conflict.keptOp,
        conflict.rule,
      ],
    );
  }
}

/** A case value that lost to one the server owns (a letter number, BPJS's answer). */
export const serverOwned = (
  current: StoredRecord<'case'>,
  lost: Pick<Conflict, 'field' | 'kept' | 'lost' | 'lostDevice' | 'lostOp' | 'keptOp'>,
): Conflict => ({
  kind: 'case',
  recordId: current.body.id,
  caseId: current.body.id,
  ...lost,
  lost: lost.lost ?? null,
  rule: 'server-owned',
});
