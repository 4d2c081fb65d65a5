// `POST /v1/push`: a device sends the ops of its outbox, oldest first; the server answers each
// op on its own. The shapes both sides check, and the codes the server answers with.
import { z } from 'zod';

/** The most ops one batch may carry. */
export const MAX_BATCH_OPS = 200;
/** The most bytes one batch may take on the wire, gzip-compressed. */
export const MAX_BATCH_GZIP_BYTES = 256 * 1024;
/** The op format this build writes and reads. A later one waits until the server knows it. */
export const OP_SCHEMA_VERSION = 1;

/** One outbox row as it travels: the command, who ran it, and where it stands in the device's order. */
export const opEnvelopeSchema = z.strictObject({
  opId: z.uuid(),
  /** Per device, strictly increasing by one, never reused. */
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  schemaVersion: z.number().int().positive(),
  type: z.string().min(1).max(60),
  /** The signed-in account that ran the command; the server takes its roles from its own copy. */
  userId: z.string().min(1).max(100),
  /** The device clock when the command ran: the command's "now", never an order. */
  clientTime: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});
export type OpEnvelope = z.infer<typeof opEnvelopeSchema>;

export const pushRequestSchema = z
  .strictObject({
    deviceId: z.uuid(),
    ops: z.array(opEnvelopeSchema).min(1).max(MAX_BATCH_OPS),
  })
  .superRefine(({ ops }, context) => {
    ops.forEach((op, index) => {
      const before = ops[index - 1];
      if (before && op.seq <= before.seq) {
        context.addIssue({
          code: 'custom',
          path: ['ops', index, 'seq'],
          message: 'batch-unordered',
        });
      }
    });
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * - `applied`: stored and applied now. `duplicate`: stored earlier (a replay); nothing changed.
 * - `rejected`: stored as refused, for good; the device shows the reason to a person and goes on.
 * - `retry`: not stored (sent out of order, a later op format, a server failure); send it again.
 */
export type OpStatus = 'applied' | 'duplicate' | 'rejected' | 'retry';

export interface OpResult {
  opId: string;
  status: OpStatus;
  /** For `rejected` and `retry`: a stable code and the Indonesian reason. */
  code?: string;
  message?: string;
  /** For `rejected` by the command: every problem, with its payload field. */
  errors?: { code: string; message: string; field?: string }[];
}

export interface PushResponse {
  results: OpResult[];
  /** The last op sequence the server has stored for this device. */
  lastSeq: number;
  /** The server clock, for the device's clock check. */
  serverTime: string;
}

/** Refusals of a whole batch. */
export type PushErrorCode =
  'malformed' | 'batch-unordered' | 'batch-too-large' | 'device-mismatch' | 'unsupported-encoding';

/** Per-op codes the server itself decides (the commands add their own, see shared/commands). */
export type OpCode =
  | 'out-of-order'
  | 'seq-behind'
  | 'schema-too-new'
  | 'op-id-taken'
  | 'user-unknown'
  | 'clock-ahead'
  | 'office-unknown'
  | 'letter-number-taken'
  | 'internal';
