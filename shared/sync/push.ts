// `POST /v1/push`: a device sends the ops of its outbox, oldest first; the server answers each
// op on its own. The shapes both sides check, and the codes the server answers with.
import { z } from 'zod';

/** The most ops one batch may carry. */
export const MAX_BATCH_OPS = 200;
/** The most bytes one batch may take on the wire, gzip-compressed. */
export const MAX_BATCH_GZIP_BYTES = 256 * 1024;
/** The op format this build writes and reads. A later one waits until the server knows it. */
export const OP_SCHEMA_VERSION = 1;

/** Years 2000–9999 and offsets within ±14:00: what a clock shows, and what PostgreSQL stores. */
function storableInstant(text: string): boolean {
  const year = new Date(text).getUTCFullYear();
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text);
  const minutes = offset ? Number(offset[2]) * 60 + Number(offset[3]) : 0;
  return year >= 2000 && year <= 9999 && minutes <= 14 * 60;
}

/**
 * Text PostgreSQL cannot keep in jsonb: a NUL character or half of a surrogate pair (a string
 * cut through an emoji). An op carrying it is refused as a whole, never half-stored.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return unstorable.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(
      ([key, inner]) => unstorable.test(key) || hasUnstorableText(inner),
    );
  }
  return false;
}

/**
 * The type of what goes up in the place of an op the device refused itself (malformed, or too
 * large to send): the server stores it as refused, so its seq is taken and the ops after it can
 * follow. Its payload names the device's code and the op's case; the device keeps its reason.
 */
export const REFUSED_ON_DEVICE = 'outbox.refusedOnDevice';

/** One outbox row as it travels: the command, who ran it, and where it stands in the device's order. */
export const opEnvelopeSchema = z.strictObject({
  opId: z.uuid(),
  /** Per device, strictly increasing by one, never reused. */
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  schemaVersion: z.number().int().positive(),
  /** A command type's spelling (`case.register`); whether the server knows it is the op's answer. */
  type: z.string().regex(/^[a-z][A-Za-z]{0,29}\.[A-Za-z]{1,30}$/),
  /** The signed-in account that ran the command; the server takes its roles from its own copy. */
  userId: z.string().regex(/^[\w.:@-]{1,100}$/),
  /** The device clock when the command ran: the command's "now", never an order. */
  clientTime: z.iso.datetime({ offset: true }).refine(storableInstant),
  payload: z.unknown(),
});
export type OpEnvelope = z.infer<typeof opEnvelopeSchema>;

export const pushRequestSchema = z
  .strictObject({
    deviceId: z.uuid(),
    ops: z.array(opEnvelopeSchema).min(1).max(MAX_BATCH_OPS),
    /**
     * The pull cursor the device had applied when it ran the batch's first op: the office
     * profile and accounts it decided with. With it, the server can tell which records it
     * writes are exactly what the device holds already, and leaves them out of its pull.
     */
    basis: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,80}$/)
      .optional(),
    /** `exceptions`: answer only the ops that are not applied or duplicate (see PushResponse). */
    answers: z.enum(['all', 'exceptions']).optional(),
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
  /**
   * Every op's answer, in the batch's order; when the request asked for `exceptions`, only the
   * ops that are neither applied nor duplicate: an op without an answer whose seq is at most
   * `lastSeq` is done.
   */
  results: OpResult[];
  /** The last op sequence the server has stored for this device. */
  lastSeq: number;
  /** The server clock, for the device's clock check. */
  serverTime: string;
}

/** What a device checks of the server's answer before it records anything. */
export const pushResponseSchema = z.object({
  results: z.array(
    z.object({
      opId: z.string(),
      status: z.enum(['applied', 'duplicate', 'rejected', 'retry']),
      code: z.string().optional(),
      message: z.string().optional(),
      errors: z
        .array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() }))
        .optional(),
    }),
  ),
  lastSeq: z.number().int().nonnegative(),
  serverTime: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<PushResponse>;

/** Refusals of a whole batch. */
export type PushErrorCode =
  'malformed' | 'batch-unordered' | 'batch-too-large' | 'device-mismatch' | 'unsupported-encoding';

/** Per-op codes the server itself decides (the commands add their own, see shared/commands). */
export type OpCode =
  | 'refused-on-device'
  | 'out-of-order'
  | 'seq-behind'
  | 'schema-too-new'
  | 'op-id-taken'
  | 'user-unknown'
  | 'clock-ahead'
  | 'office-unknown'
  | 'letter-number-taken'
  | 'letter-id-taken'
  | 'text-unstorable'
  | 'internal';
