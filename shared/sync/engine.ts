// One sync run of a counter: send the outbox, oldest first, in gzip batches of at most 200 ops
// and 256 KB, and record each op's answer; upload the scans and letter PDFs those ops name
// that the server lacks, in resumable chunks; then pull the office's changes page by page, each
// page applied with its cursor in one transaction. A run that breaks off (the link drops, the
// server fails) keeps everything answered or applied so far; the next run goes on from there.
// Ops are sent again only when their answer never arrived, and the server answers a replay as
// `duplicate`, so nothing is lost or doubled.
import { gzipSync, strToU8 } from 'fflate';
import { syncMessages as m } from './messages';
import type { PullPage } from './pull';
import { PullStreamError, pullStreamReader } from './pullStream';
import {
  MAX_BATCH_GZIP_BYTES,
  MAX_BATCH_OPS,
  opEnvelopeSchema,
  pushResponseSchema,
  type OpEnvelope,
  type OpResult,
} from './push';
import type { SyncStore } from './store';
import { SyncHttpError, type SyncTransport } from './transport';

export type SyncProgress =
  | { phase: 'push'; sent: number; total: number }
  | { phase: 'blobs'; sent: number; total: number }
  | { phase: 'pull'; records: number };

export interface SyncReport {
  /** Ops the server stored now or had stored before (`applied`, `duplicate`). */
  sent: number;
  /** Scans and letter PDFs the server has now (uploaded, or found there already). */
  blobs: number;
  /** Ops refused for good, now or by the device itself; each keeps its reason. */
  rejected: number;
  pulled: number;
  /** Server clock minus device clock at the last push answer, in ms; null without a push. */
  clockOffsetMs: number | null;
}

/**
 * - `offline`: the server was not reached, or the connection broke.
 * - `server`: the server failed (5xx) or asked to wait (429, an op answered `retry`).
 * - `auth`: the token is unknown or revoked: the device must be enrolled again.
 * - `refused`: the server refused a request as such (4xx); retrying the same will not help.
 */
export type SyncFailureKind = 'offline' | 'server' | 'auth' | 'refused';

export class SyncFailure extends Error {
  override name = 'SyncFailure';
  constructor(
    readonly kind: SyncFailureKind,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Whether trying again later, unchanged, may work. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export interface SyncDeps {
  transport: SyncTransport;
  store: SyncStore;
  /** The id the server enrolled this counter under. */
  deviceId: string;
  now: () => Date;
  onProgress?: (progress: SyncProgress) => void;
  /** Work on the link before the push (the counter claims and refills letter-number blocks). */
  prepare?: () => Promise<void>;
}

/** Whether an error is the link's: fetch and its streams throw TypeError, timeouts abort. */
const isLinkError = (error: unknown): boolean =>
  error instanceof TypeError ||
  (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'));

/**
 * Turns what a transport threw into the failure the runner acts on. Anything else (a fault of
 * this device, its database) is given back as it is: the runner shows it as unexpected.
 */
export function failureOf(error: unknown): unknown {
  if (error instanceof SyncFailure) return error;
  if (error instanceof SyncHttpError) {
    const kind =
      error.status === 401 || error.status === 403
        ? 'auth'
        : error.status === 429 || error.status >= 500
          ? 'server'
          : 'refused';
    return new SyncFailure(kind, error.code, error.message, { cause: error });
  }
  if (error instanceof PullStreamError) {
    return new SyncFailure('server', 'bad-stream', m.badStream(error.message), { cause: error });
  }
  if (isLinkError(error)) {
    return new SyncFailure('offline', 'unreachable', m.offline, { cause: error });
  }
  return error;
}

const rejectedLocally = (opId: string, code: string, message: string): OpResult => ({
  opId,
  status: 'rejected',
  code,
  message,
});

interface Batch {
  body: Uint8Array<ArrayBuffer>;
  ops: OpEnvelope[];
}

/**
 * The longest run of `ops` from the first whose batch stays within the gzip limit (halving
 * until it does), or undefined when the first op alone is too large.
 */
function packBatch(deviceId: string, ops: OpEnvelope[]): Batch | undefined {
  for (let count = ops.length; count >= 1; count = Math.floor(count / 2)) {
    const taken = ops.slice(0, count);
    const body = gzipSync(strToU8(JSON.stringify({ deviceId, ops: taken })), { level: 6 });
    if (body.length <= MAX_BATCH_GZIP_BYTES) return { body: new Uint8Array(body), ops: taken };
  }
  return undefined;
}

async function pushAll(deps: SyncDeps, report: SyncReport): Promise<void> {
  const total = await deps.store.pendingCount();
  let sent = 0;
  deps.onProgress?.({ phase: 'push', sent, total });
  for (;;) {
    const waiting = await deps.store.pendingOps(MAX_BATCH_OPS);
    if (waiting.length === 0) return;
    // An op the server would refuse as malformed would refuse its whole batch: it is kept
    // back here, refused with its reason, and the rest goes on.
    const invalid = waiting.flatMap((op) => {
      const parsed = opEnvelopeSchema.safeParse(op);
      if (parsed.success) return [];
      const detail = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      return [rejectedLocally(op.opId, 'op-invalid', m.opInvalid(detail))];
    });
    const refused = new Set(invalid.map((result) => result.opId));
    const sendable = waiting.filter((op) => !refused.has(op.opId));
    const batch = sendable.length > 0 ? packBatch(deps.deviceId, sendable) : undefined;
    const tooLarge = sendable.length > 0 && !batch ? sendable.slice(0, 1) : [];
    const local = [
      ...invalid,
      ...tooLarge.map((op) => rejectedLocally(op.opId, 'op-too-large', m.opTooLarge)),
    ];
    if (local.length > 0) {
      await deps.store.recordResults(local);
      report.rejected += local.length;
    }
    if (!batch) continue;

    let answered: unknown;
    try {
      answered = await deps.transport.push(batch.body);
    } catch (error) {
      throw failureOf(error);
    }
    const parsed = pushResponseSchema.safeParse(answered);
    if (!parsed.success) throw new SyncFailure('server', 'bad-answer', m.badAnswer);
    const answer = parsed.data;
    report.clockOffsetMs = Date.parse(answer.serverTime) - deps.now().getTime();
    const mine = new Set(batch.ops.map((op) => op.opId));
    const results = answer.results.filter((result) => mine.has(result.opId));
    await deps.store.recordResults(results);
    const settled = results.filter((result) => result.status !== 'retry');
    report.sent += settled.filter((result) => result.status !== 'rejected').length;
    report.rejected += settled.filter((result) => result.status === 'rejected').length;
    sent += settled.length;
    deps.onProgress?.({ phase: 'push', sent, total: Math.max(total, sent) });
    const retry = results.find((result) => result.status === 'retry');
    if (retry) {
      throw new SyncFailure('server', retry.code ?? 'retry', retry.message ?? m.noAnswer);
    }
    if (settled.length === 0) throw new SyncFailure('server', 'no-answer', m.noAnswer);
  }
}

/** A chunk a satellite link sends in about half a minute; a cut costs at most this much. */
export const BLOB_CHUNK_BYTES = 256 * 1024;
const BLOBS_PER_ROUND = 50;

/** Uploads one blob from where the server's copy stands, chunk by chunk. */
async function uploadBlob(deps: SyncDeps, sha256: string): Promise<void> {
  let state = await deps.transport.blobState(sha256);
  if (state.complete) return;
  const bytes = await deps.store.readBlob(sha256);
  while (!state.complete) {
    const end = Math.min(bytes.length, state.offset + BLOB_CHUNK_BYTES);
    const before = state.offset;
    state = await deps.transport.putBlob(sha256, bytes.slice(before, end), before, bytes.length);
    if (!state.complete && state.offset <= before) {
      throw new SyncFailure('server', 'blob-stuck', m.blobStuck);
    }
  }
}

/** After the ops that name them: every scan and letter PDF the server lacks, resumably. */
async function uploadBlobs(deps: SyncDeps, report: SyncReport): Promise<void> {
  let sent = 0;
  for (;;) {
    const waiting = await deps.store.blobsToUpload(BLOBS_PER_ROUND);
    if (waiting.length === 0) return;
    const total = sent + waiting.length;
    for (const blob of waiting) {
      deps.onProgress?.({ phase: 'blobs', sent, total });
      try {
        await uploadBlob(deps, blob.sha256);
      } catch (error) {
        throw failureOf(error);
      }
      await deps.store.markBlobUploaded(blob.sha256);
      sent += 1;
      report.blobs += 1;
    }
    deps.onProgress?.({ phase: 'blobs', sent, total });
  }
}

async function pullAll(deps: SyncDeps, report: SyncReport): Promise<void> {
  let cursor = await deps.store.cursor();
  deps.onProgress?.({ phase: 'pull', records: report.pulled });
  for (;;) {
    const reader = pullStreamReader();
    let last: PullPage | undefined;
    const apply = async (pages: readonly PullPage[]) => {
      for (const page of pages) {
        await deps.store.applyPage(page);
        last = page;
        cursor = page.cursor;
        report.pulled += page.changes.length;
        deps.onProgress?.({ phase: 'pull', records: report.pulled });
      }
    };
    try {
      for await (const text of deps.transport.pull(cursor === undefined ? {} : { cursor })) {
        await apply(reader.read(text));
      }
    } catch (error) {
      if (error instanceof PullStreamError) await apply(error.pages);
      throw failureOf(error);
    }
    if (!reader.endedCleanly() || !last) throw new SyncFailure('offline', 'cut-off', m.cutOff);
    if (!last.more) return;
  }
}

/** Prepares, sends what waits, then pulls what changed. Throws a `SyncFailure` when it breaks off. */
export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, blobs: 0, rejected: 0, pulled: 0, clockOffsetMs: null };
  try {
    await deps.prepare?.();
  } catch (error) {
    throw failureOf(error);
  }
  await pushAll(deps, report);
  await uploadBlobs(deps, report);
  await pullAll(deps, report);
  return report;
}
