// What the counter's database stores, table by table. Cases, persons and documents are the
// records of shared/cases; the rest belong to the device (outbox, audit, meta, users, blobs).
import type { CaseRecord } from '../../shared/cases/records';
import type { Keyring, OfficeKey } from '../../shared/letters/verification/keys';
import type { DeviceNumberState } from '../../shared/numbering/deviceState';
import type { NumberingSettings } from '../../shared/numbering/settings';
import type { Office } from '../../shared/standards/schema';
import type { StaffRole } from '../../shared/workflow/types';

export type { UserRecord } from '../../shared/users/user';

export type { CaseRecord, DocumentRecord, PersonRecord } from '../../shared/cases/records';

/** A case as stored: the record plus sort keys the db layer derives (see `storedCase`). */
export interface StoredCase extends CaseRecord {
  /** `priorityRank[priority]` from shared/cases: lower comes first. */
  priorityRank: number;
  /** `dueAt` in epoch milliseconds; `NO_DUE` when the station has no target. */
  dueMs: number;
}

/** A scan, content-addressed; `data` is already compressed when it is an image. */
export interface BlobRow {
  /** sha256 of `data`, lower-case hex. */
  id: string;
  caseId: string;
  mime: string;
  size: number;
  data: Blob;
  createdAt: string;
  /** When the sync server confirmed it has the blob; absent until then. */
  uploadedAt?: string;
}

/** An issued letter (`letter.issue`); its PDF is the `blobs` row `pdf.sha256`. */
export type { LetterRecord as LetterRow } from '../../shared/cases/letterRecord';

/** A complaint taken at the counter; the complaints issue adds the details. */
export interface ComplaintRow {
  id: string;
  caseId?: string;
  status: string;
  createdAt: string;
}

/** One command as it waits for, or came back from, `POST /v1/push`. */
export type OutboxStatus = 'pending' | 'acked' | 'rejected';

export interface OutboxRow {
  opId: string;
  deviceId: string;
  /** Per device, strictly increasing, never reused. */
  seq: number;
  schemaVersion: 1;
  type: string;
  /**
   * The signed-in account that ran the command; the server checks it against its own. Rows
   * written before sync have it only in their audit row.
   */
  userId?: string;
  /** The case the command changed; pulled versions of it wait while this op is pending. */
  caseId?: string;
  /** The payload as the command's schema parsed it. */
  payload: unknown;
  /** ISO instant on the device clock: informative, never an order. */
  clientTime: string;
  status: OutboxStatus;
  /** The server's reason when it rejected the op. */
  rejection?: { code: string; message: string };
}

/**
 * A pulled record of a case that still has ops of this device waiting to be sent: kept aside
 * instead of overwriting the counter's newer copy, and written once those ops are answered
 * (see renderer/sync/dexieSyncStore.ts).
 */
export interface HeldRecord {
  kind: string;
  id: string;
  caseId: string;
  body: unknown;
}

/** A pull page applied while `afterSeq` was the last outbox seq handed out (pullBasis.ts). */
export interface PullBasis {
  afterSeq: number;
  cursor: string;
}

export interface SyncEnrolment {
  /**
   * The server's address; null: the origin the app is served from (browser mode). On the
   * desktop, the address the enrolment went to, for the record: main keeps its own copy with
   * the token and syncs with that.
   */
  serverUrl: string | null;
  deviceId: string;
  officeId: string;
  /** Browser mode only: the desktop's token stays in main, sealed (main/device/deviceToken.ts). */
  token?: string;
  label: string;
  enrolledAt: string;
}

/** Who did what on this device; written with the command, in the same transaction. */
export interface AuditRow {
  id: string;
  opId: string;
  type: string;
  caseId?: string;
  userId: string;
  roles: StaffRole[];
  deviceId: string;
  at: string;
}

/** The key/value rows of `meta`, one type per key. */
export interface MetaValues {
  deviceId: string;
  /** The last outbox `seq` handed out. */
  outboxSeq: number;
  /** Opaque cursor of `GET /v1/pull`. */
  syncCursor: string;
  /** Pulled records held back while their case has ops of this device waiting. */
  heldRecords: HeldRecord[];
  /** The pull pages ops still waiting were run on. */
  pullBasis: PullBasis[];
  /** This counter's enrolment with the sync server (with its token in browser mode only). */
  syncEnrolment: SyncEnrolment;
  /** ISO instant of the last sync run that went through. */
  syncLastSuccessAt: string;
  /** Number blocks the server knows as this counter's (`year:start-end`). */
  numberBlocksClaimed: string[];
  /** The signing key this counter made whose public half the server has. */
  registeredKeyId: string;
  /** Letter-number blocks reserved for this device and the last numbers taken. */
  numberState: DeviceNumberState;
  /** The office profile in force on this device. */
  officeProfile: Office;
  numberingSettings: NumberingSettings;
  /**
   * The office's Ed25519 key that signs letters' verification codes on this device (made
   * on the first letter until the sync server hands out the office key).
   */
  officeKey: OfficeKey;
  /** Public keys this device trusts when it checks a letter. */
  keyring: Keyring;
}

export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];
