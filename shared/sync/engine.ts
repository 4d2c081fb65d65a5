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
  OP_SCHEMA_VERSION,
  REFUSED_ON_DEVICE,
  opEnvelopeSchema,
  pushResponseSchema,
  type OpEnvelope,
  type OpResult,
  type PushRequest,
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

/** The case the op ran on, so the server sends the counter its own version of it back. */
function caseIdOf(payload: unknown): { caseId: string } | Record<string, never> {
  const caseId = (payload as { caseId?: unknown } | null)?.caseId;
  return typeof caseId === 'string' && /^[0-9a-f-]{36}$/i.test(caseId) ? { caseId } : {};
}

const placeholderOf = (op: OpEnvelope, code: string, now: Date): OpEnvelope => ({
  opId: op.opId,
  seq: op.seq,
  schemaVersion: OP_SCHEMA_VERSION,
  type: REFUSED_ON_DEVICE,
  userId: 'device',
  clientTime: now.toISOString(),
  payload: { code, ...caseIdOf(op.payload) },
});

interface Batch {
  body: Uint8Array<ArrayBuffer>;
  ops: OpEnvelope[];
  /** The device's own refusals among them, by op id: these are what the counter records. */
  refused: Map<string, OpResult>;
}

/**
 * The longest run of `ops` from the first whose batch stays within the gzip limit (halving
 * until it does), or undefined when the first op alone is too large. The server is asked to
 * answer the exceptions only; `basis` lets it leave the counter's own results out of the pull.
 */
function packOps(
  deviceId: string,
  ops: OpEnvelope[],
  basis: string | undefined,
): Pick<Batch, 'body' | 'ops'> | undefined {
  for (let count = ops.length; count >= 1; count = Math.floor(count / 2)) {
    const taken = ops.slice(0, count);
    const request: PushRequest = {
      deviceId,
      ops: taken,
      answers: 'exceptions',
      ...(basis === undefined ? {} : { basis }),
    };
    const body = gzipSync(strToU8(JSON.stringify(request)), { level: 6 });
    if (body.length <= MAX_BATCH_GZIP_BYTES) return { body: new Uint8Array(body), ops: taken };
  }
  return undefined;
}

/**
 * The next batch of `waiting`. An op the server would refuse as malformed would refuse its
 * whole batch, and one too large cannot go at all: each is refused here, with its reason, and
 * a placeholder takes its place. Undefined: an op whose id is not an id cannot even be
 * replaced; it is recorded as refused and the batch is made again.
 */
async function nextBatch(deps: SyncDeps, waiting: OpEnvelope[]): Promise<Batch | undefined> {
  const refused = new Map<string, OpResult>();
  const ops = waiting.map((op) => {
    const parsed = opEnvelopeSchema.safeParse(op);
    if (parsed.success) return op;
    const detail = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    refused.set(op.opId, rejectedLocally(op.opId, 'op-invalid', m.opInvalid(detail)));
    return placeholderOf(op, 'op-invalid', deps.now());
  });
  const unplaceable = ops.filter((op) => !opEnvelopeSchema.safeParse(op).success);
  if (unplaceable.length > 0) {
    await deps.store.recordResults(unplaceable.flatMap((op) => refused.get(op.opId) ?? []));
    return undefined;
  }
  const basis = await deps.store.pushBasis(ops[0]?.seq ?? 0);
  let packed = packOps(deps.deviceId, ops, basis);
  const first = ops[0];
  if (!packed && first) {
    refused.set(first.opId, rejectedLocally(first.opId, 'op-too-large', m.opTooLarge));
    packed = packOps(deps.deviceId, [placeholderOf(first, 'op-too-large', deps.now())], basis);
  }
  if (!packed) throw new Error('a placeholder op does not fit a batch');
  return { ...packed, refused };
}

/**
 * Every op's answer: the server names the exceptions; an op it does not name is done when the
 * server stands at or past its seq, and otherwise has no answer (it is sent again). An op the
 * device refused itself keeps the device's reason once its placeholder is stored.
 */
function resultsOf(batch: Batch, answered: readonly OpResult[], lastSeq: number): OpResult[] {
  const named = new Map(answered.map((result) => [result.opId, result]));
  return batch.ops.flatMap((op): OpResult[] => {
    const result: OpResult | undefined =
      named.get(op.opId) ?? (op.seq <= lastSeq ? { opId: op.opId, status: 'applied' } : undefined);
    if (!result) return [];
    const own = batch.refused.get(op.opId);
    return [own && result.status !== 'retry' ? own : result];
  });
}

/** Batches on the way at once: the next one goes up while the server decides the one before. */
const BATCHES_IN_FLIGHT = 2;

type Answer = { ok: true; value: unknown } | { ok: false; error: unknown };

async function pushAll(deps: SyncDeps, report: SyncReport): Promise<void> {
  const total = await deps.store.pendingCount();
  let sent = 0;
  deps.onProgress?.({ phase: 'push', sent, total });
  /** `overtaking`: sent while a batch before it had no answer yet. */
  const inFlight: { batch: Batch; answer: Promise<Answer>; overtaking: boolean }[] = [];
  try {
    for (;;) {
      while (inFlight.length < BATCHES_IN_FLIGHT) {
        const sending = new Set(inFlight.flatMap(({ batch }) => batch.ops.map((op) => op.opId)));
        const waiting = (await deps.store.pendingOps(sending.size + MAX_BATCH_OPS))
          .filter((op) => !sending.has(op.opId))
          .slice(0, MAX_BATCH_OPS);
        if (waiting.length === 0) break;
        const batch = await nextBatch(deps, waiting);
        if (!batch) continue;
        const answer = deps.transport.push(batch.body).then(
          (value): Answer => ({ ok: true, value }),
          (error: unknown): Answer => ({ ok: false, error }),
        );
        inFlight.push({ batch, answer, overtaking: inFlight.length > 0 });
      }
      const head = inFlight.shift();
      if (!head) return;
      const answered = await head.answer;
      if (!answered.ok) throw failureOf(answered.error);
      const parsed = pushResponseSchema.safeParse(answered.value);
      if (!parsed.success) throw new SyncFailure('server', 'bad-answer', m.badAnswer);
      const answer = parsed.data;
      report.clockOffsetMs = Date.parse(answer.serverTime) - deps.now().getTime();
      const results = resultsOf(head.batch, answer.results, answer.lastSeq);
      await deps.store.recordResults(results);
      const settled = results.filter((result) => result.status !== 'retry');
      report.sent += settled.filter((result) => result.status !== 'rejected').length;
      report.rejected += settled.filter((result) => result.status === 'rejected').length;
      sent += settled.length;
      deps.onProgress?.({ phase: 'push', sent, total: Math.max(total, sent) });
      const retry = results.find((result) => result.status === 'retry');
      // A batch that overtook the one before it on the way is sent again after it.
      const overtook = retry?.code === 'out-of-order' && head.overtaking;
      if (retry && !overtook) {
        throw new SyncFailure('server', retry.code ?? 'retry', retry.message ?? m.noAnswer);
      }
      if (settled.length === 0 && !overtook) {
        throw new SyncFailure('server', 'no-answer', m.noAnswer);
      }
    }
  } finally {
    // A run that stops leaves nothing on the way behind it.
    await Promise.all(inFlight.map(({ answer }) => answer));
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
