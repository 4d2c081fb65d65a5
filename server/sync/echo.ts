// Whether an op's records come out on the server exactly as the device computed them. The
// shared command is deterministic: given the same payload, clock and inputs it writes the same
// records. So the records are an echo of what the device holds when every input the server
// decided with was the device's own view:
// - the case and its documents: absent, or written last by an echo of this device's own op
//   (a case another device touched since breaks the chain until the device pulls it and its
//   later ops are decided again; held records make "pulled" unreliable for a case, so only the
//   chain counts),
// - the office profile, the accounts and the op's author: at or before the pull position the
//   device had applied when it ran the batch's first op (`basis`), or an echo of its own op.
// Pull leaves an echo out for the device that wrote it. Anything unsure is not an echo: it only
// costs bytes.
import type { Position } from './pull';
import type { StoredRecord } from './records';

/** This device's own version: its op wrote it and the server agreed with the device's result. */
export const ownEcho = (record: StoredRecord, deviceId: string): boolean =>
  record.changedBy === deviceId && record.echo;

/** Whether the device had applied this version before it ran its op (basis: its pull position). */
export function seenAt(record: StoredRecord, deviceId: string, basis: Position | null): boolean {
  if (ownEcho(record, deviceId)) return true;
  // Written earlier in this batch by the device's op, and not an echo: not what it holds.
  if (basis === null || record.changedXid === '0') return false;
  const xid = BigInt(record.changedXid);
  const basisXid = BigInt(basis.xid);
  return xid < basisXid || (xid === basisXid && BigInt(record.changedSeq) <= BigInt(basis.seq));
}

export interface OpInputs {
  case: StoredRecord | undefined;
  documents: readonly StoredRecord[];
  /** The office profile as stored; undefined when the catalog's is in force. */
  profile: StoredRecord | undefined;
  author: StoredRecord | undefined;
  /** The accounts, when the command read them. */
  users: readonly StoredRecord[];
}

export function echoesDevice(inputs: OpInputs, deviceId: string, basis: Position | null): boolean {
  const own = (record: StoredRecord) => ownEcho(record, deviceId);
  const seen = (record: StoredRecord) => seenAt(record, deviceId, basis);
  return (
    (inputs.case === undefined || own(inputs.case)) &&
    inputs.documents.every(own) &&
    (inputs.profile === undefined || seen(inputs.profile)) &&
    (inputs.author === undefined || seen(inputs.author)) &&
    inputs.users.every(seen)
  );
}
