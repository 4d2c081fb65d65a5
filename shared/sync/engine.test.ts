import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runSync, SyncFailure, type SyncProgress } from './engine';
import type { PullPage } from './pull';
import {
  REFUSED_ON_DEVICE,
  MAX_BATCH_GZIP_BYTES,
  type OpEnvelope,
  type OpResult,
  type PushRequest,
  type PushResponse,
} from './push';
import type { SyncStore } from './store';
import { SyncHttpError, type SyncTransport } from './transport';

const DEVICE = '01890f2a-0000-7000-8000-000000000001';
const NOW = new Date('2026-12-02T03:00:00.000Z');

const opAt = (seq: number, payload: unknown = { text: `catatan ${seq}` }): OpEnvelope => ({
  opId: `01890f2a-0000-7000-8000-${String(seq).padStart(12, '0')}`,
  seq,
  schemaVersion: 1,
  type: 'case.addNote',
  userId: 'dinsos-solok:fo',
  clientTime: '2026-12-02T02:00:00.000Z',
  payload,
});

/** The counter's side in memory: the outbox, the answers recorded and the pages applied. */
function memoryStore(ops: OpEnvelope[]) {
  const answers = new Map<string, OpResult>();
  const applied: PullPage[] = [];
  let cursor: string | undefined;
  const pending = () => ops.filter((op) => (answers.get(op.opId)?.status ?? 'retry') === 'retry');
  const store: SyncStore = {
    pendingCount: async () => pending().length,
    pendingOps: async (limit) => pending().slice(0, limit),
    recordResults: async (results) => {
      for (const result of results) answers.set(result.opId, result);
    },
    pushBasis: async (seq) => `basis-of-${seq}`,
    cursor: async () => cursor,
    applyPage: async (page) => {
      applied.push(page);
      cursor = page.cursor;
    },
    blobsToUpload: async () => [],
    readBlob: () => Promise.reject(new Error('no blobs in this test')),
    markBlobUploaded: () => Promise.reject(new Error('no blobs in this test')),
  };
  return { store, answers, applied, pending, cursorOf: () => cursor };
}

/** The calls a test of ops and pages never makes. */
const withoutExtras: Pick<
  SyncTransport,
  'numberBlock' | 'blobState' | 'putBlob' | 'registerKey' | 'getBlob' | 'relayBundle'
> = {
  numberBlock: () => Promise.reject(new Error('no number blocks in this test')),
  blobState: () => Promise.reject(new Error('no blobs in this test')),
  putBlob: () => Promise.reject(new Error('no blobs in this test')),
  registerKey: () => Promise.reject(new Error('no keys in this test')),
  getBlob: () => Promise.reject(new Error('no blobs in this test')),
  relayBundle: () => Promise.reject(new Error('no bundles in this test')),
};

const lines = (...values: unknown[]) =>
  values.map((value) => `${JSON.stringify(value)}\n`).join('');
const person = (id: string) => ({ kind: 'person', id, body: { id } });

interface Script {
  /** Answers per push, in turn; the default applies every op. */
  push?: ((request: PushRequest) => PushResponse | Promise<PushResponse>)[];
  /** Responses per pull, in turn, as chunks of text; an Error is thrown after the chunks before it. */
  pull?: (string | Error)[][];
}

function scripted(script: Script) {
  const pushed: { request: PushRequest; bytes: number }[] = [];
  const pulledWith: (string | undefined)[] = [];
  const applyAll = (request: PushRequest): PushResponse => ({
    results: request.ops.map((op) => ({ opId: op.opId, status: 'applied' })),
    lastSeq: request.ops.at(-1)?.seq ?? 0,
    serverTime: new Date(NOW.getTime() + 90_000).toISOString(),
  });
  const transport: SyncTransport = {
    ...withoutExtras,
    async push(body) {
      const request = JSON.parse(strFromU8(gunzipSync(body))) as PushRequest;
      pushed.push({ request, bytes: body.length });
      const answer = script.push?.[pushed.length - 1] ?? applyAll;
      return answer(request);
    },
    async *pull({ cursor }) {
      pulledWith.push(cursor);
      const chunks = script.pull?.[pulledWith.length - 1] ?? [
        lines({ cursor: 'end', more: false }),
      ];
      for (const chunk of chunks) {
        if (chunk instanceof Error) throw chunk;
        yield chunk;
      }
    },
  };
  return { transport, pushed, pulledWith };
}

const run = (transport: SyncTransport, store: SyncStore) =>
  runSync({ transport, store, deviceId: DEVICE, now: () => NOW });

async function failureOf(promise: Promise<unknown>): Promise<SyncFailure> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof SyncFailure))
    throw new Error(`expected a SyncFailure, got ${String(error)}`);
  return error;
}

describe('runSync', () => {
  it('sends the outbox oldest first in batches of 200 and reports the progress', async () => {
    const counter = memoryStore(Array.from({ length: 450 }, (_, index) => opAt(index + 1)));
    const server = scripted({});
    const progress: SyncProgress[] = [];
    const report = await runSync({
      transport: server.transport,
      store: counter.store,
      deviceId: DEVICE,
      now: () => NOW,
      onProgress: (step) => progress.push(step),
    });
    expect(server.pushed.map(({ request }) => request.ops.length)).toEqual([200, 200, 50]);
    expect(server.pushed.flatMap(({ request }) => request.ops.map((op) => op.seq))).toEqual(
      Array.from({ length: 450 }, (_, index) => index + 1),
    );
    expect(server.pushed.every(({ request }) => request.deviceId === DEVICE)).toBe(true);
    expect(progress.filter((step) => step.phase === 'push')).toEqual([
      { phase: 'push', sent: 0, total: 450 },
      { phase: 'push', sent: 200, total: 450 },
      { phase: 'push', sent: 400, total: 450 },
      { phase: 'push', sent: 450, total: 450 },
    ]);
    expect(report).toEqual({ sent: 450, blobs: 0, rejected: 0, pulled: 0, clockOffsetMs: 90_000 });
    expect(counter.pending()).toEqual([]);
  });

  it('keeps every batch within 256 KB gzip, and refuses alone an op that cannot fit', async () => {
    // Text that gzip can hardly shrink: about 2 KB gzip per op, so 200 ops would be about 400 KB.
    const noise = (bytes: number) =>
      btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
    const ops = Array.from({ length: 200 }, (_, index) => opAt(index + 1, { text: noise(2_000) }));
    ops[10] = opAt(11, { text: Array.from({ length: 10 }, () => noise(30_000)).join('') });
    const counter = memoryStore(ops);
    const server = scripted({});
    const report = await run(server.transport, counter.store);
    expect(server.pushed.every(({ bytes }) => bytes <= MAX_BATCH_GZIP_BYTES)).toBe(true);
    expect(server.pushed.length).toBeGreaterThan(2);
    expect(report).toMatchObject({ sent: 199, rejected: 1 });
    expect(counter.answers.get(opAt(11).opId)).toMatchObject({
      status: 'rejected',
      code: 'op-too-large',
      message: expect.stringContaining('terlalu besar'),
    });
  });

  it('refuses on the device an op the server would refuse as malformed, and sends the rest', async () => {
    const broken = { ...opAt(2), userId: '' };
    const counter = memoryStore([opAt(1), broken, opAt(3)]);
    const server = scripted({});
    const report = await run(server.transport, counter.store);
    // Its seq goes up as a placeholder the server stores as refused, so op 3 can follow.
    const sentOps = server.pushed.flatMap(({ request }) => request.ops);
    expect(sentOps.map((op) => op.seq)).toEqual([1, 2, 3]);
    expect(sentOps[1]).toMatchObject({
      opId: broken.opId,
      type: REFUSED_ON_DEVICE,
      payload: { code: 'op-invalid' },
    });
    expect(report).toMatchObject({ sent: 2, rejected: 1 });
    expect(counter.answers.get(broken.opId)).toMatchObject({
      status: 'rejected',
      code: 'op-invalid',
      message: expect.stringContaining('userId'),
    });
  });

  it('sends the next batch while the server decides the one before, and again after one that overtook it', async () => {
    const counter = memoryStore(Array.from({ length: 600 }, (_, index) => opAt(index + 1)));
    let serverSeq = 0;
    const waiting: (() => void)[] = [];
    let maxOnTheWay = 0;
    let onTheWay = 0;
    let overtaken = 0;
    const transport: SyncTransport = {
      ...withoutExtras,
      async push(body) {
        const request = JSON.parse(strFromU8(gunzipSync(body))) as PushRequest;
        onTheWay += 1;
        maxOnTheWay = Math.max(maxOnTheWay, onTheWay);
        const first = request.ops[0]?.seq ?? 0;
        // The first batch is slow: the second reaches the server first and is out of order.
        if (first === 1) await new Promise<void>((resolve) => waiting.push(resolve));
        const inOrder = first === serverSeq + 1;
        if (inOrder) serverSeq = request.ops.at(-1)?.seq ?? serverSeq;
        else overtaken += 1;
        onTheWay -= 1;
        if (first === 201) waiting.splice(0).forEach((resume) => resume());
        return {
          results: inOrder
            ? []
            : request.ops.map((op) => ({
                opId: op.opId,
                status: 'retry' as const,
                code: 'out-of-order',
                message: 'Belum urut.',
              })),
          lastSeq: serverSeq,
          serverTime: NOW.toISOString(),
        };
      },
      async *pull() {
        yield lines({ cursor: 'end', more: false });
      },
    };
    const report = await run(transport, counter.store);
    expect(maxOnTheWay).toBe(2);
    expect(overtaken).toBeGreaterThan(0);
    expect(report).toMatchObject({ sent: 600, rejected: 0 });
    expect(counter.pending()).toEqual([]);
  });

  it('asks for the exceptions only and names the basis of the first op of each batch', async () => {
    const counter = memoryStore(Array.from({ length: 250 }, (_, index) => opAt(index + 1)));
    const server = scripted({});
    await run(server.transport, counter.store);
    expect(server.pushed.map(({ request }) => [request.answers, request.basis])).toEqual([
      ['exceptions', 'basis-of-1'],
      ['exceptions', 'basis-of-201'],
    ]);
  });

  it('takes an op the answer does not name as done up to lastSeq, and unanswered after', async () => {
    const counter = memoryStore([opAt(1), opAt(2), opAt(3), opAt(4)]);
    const standsAtTwo = (request: PushRequest): PushResponse => ({
      results: request.ops
        .filter((op) => op.seq === 2)
        .map((op) => ({ opId: op.opId, status: 'rejected', code: 'x', message: 'Ditolak.' })),
      lastSeq: 2,
      serverTime: NOW.toISOString(),
    });
    const server = scripted({ push: [standsAtTwo, standsAtTwo] });
    const failure = await failureOf(run(server.transport, counter.store));
    expect(failure).toMatchObject({ kind: 'server', code: 'no-answer' });
    expect([...counter.answers.values()].map((answer) => answer.status)).toEqual([
      'applied',
      'rejected',
    ]);
    expect(counter.pending().map((op) => op.seq)).toEqual([3, 4]);
    expect(server.pushed.map(({ request }) => request.ops.length)).toEqual([4, 2]);
  });

  it('records what was answered and stops for later when the server says retry', async () => {
    const counter = memoryStore([opAt(1), opAt(2), opAt(3)]);
    const server = scripted({
      push: [
        (request) => ({
          results: request.ops.map((op, index) =>
            index === 0
              ? { opId: op.opId, status: 'applied' as const }
              : {
                  opId: op.opId,
                  status: 'retry' as const,
                  code: 'internal',
                  message: 'Coba lagi.',
                },
          ),
          lastSeq: 1,
          serverTime: NOW.toISOString(),
        }),
      ],
    });
    const failure = await failureOf(run(server.transport, counter.store));
    expect(failure).toMatchObject({ kind: 'server', code: 'internal', retryable: true });
    expect(counter.pending().map((op) => op.seq)).toEqual([2, 3]);
    expect(server.pulledWith).toEqual([]);
  });

  it.each([
    ['the link is down', new TypeError('fetch failed'), 'offline', true],
    ['the token is revoked', new SyncHttpError(401, 'token-revoked', 'Dicabut.'), 'auth', false],
    ['the server fails', new SyncHttpError(503, 'internal', 'Gangguan.'), 'server', true],
    ['the batch is refused', new SyncHttpError(400, 'malformed', 'Rusak.'), 'refused', false],
  ])('says so when %s, and changes nothing', async (_what, error, kind, retryable) => {
    const counter = memoryStore([opAt(1)]);
    const transport: SyncTransport = {
      ...withoutExtras,
      push: () => Promise.reject(error),
      pull: () => {
        throw new Error('no pull after a failed push');
      },
    };
    const failure = await failureOf(
      runSync({ transport, store: counter.store, deviceId: DEVICE, now: () => NOW }),
    );
    expect(failure).toMatchObject({ kind, retryable });
    expect(counter.pending()).toHaveLength(1);
    expect(counter.answers.size).toBe(0);
  });

  it('refuses an answer it cannot read without recording anything', async () => {
    const counter = memoryStore([opAt(1)]);
    const server = scripted({
      push: [() => ({ results: 'alles gut' }) as unknown as PushResponse],
    });
    const failure = await failureOf(run(server.transport, counter.store));
    expect(failure).toMatchObject({ kind: 'server', code: 'bad-answer' });
    expect(counter.answers.size).toBe(0);
  });

  it('applies pulled pages as they come and pulls again while more waits', async () => {
    const counter = memoryStore([]);
    // The first response arrives cut in the middle of a line.
    const page = lines(person('a'), person('b'), { cursor: 'c1', more: true });
    const server = scripted({
      pull: [
        [page.slice(0, 20), page.slice(20)],
        [lines(person('c'), { cursor: 'c2', more: false })],
      ],
    });
    const report = await run(server.transport, counter.store);
    expect(counter.applied).toEqual([
      { changes: [person('a'), person('b')], cursor: 'c1', more: true },
      { changes: [person('c')], cursor: 'c2', more: false },
    ]);
    expect(report).toMatchObject({ pulled: 3, clockOffsetMs: null });
  });

  it('keeps the pages before a cut and goes on from the last checkpoint next time', async () => {
    const counter = memoryStore([]);
    const first = scripted({
      pull: [
        [
          lines(person('a'), { cursor: 'c1', more: true }, person('b')),
          new TypeError('terminated'),
        ],
      ],
    });
    const cut = await failureOf(run(first.transport, counter.store));
    expect(cut).toMatchObject({ kind: 'offline', retryable: true });
    expect(counter.cursorOf()).toBe('c1');

    // A response that ends cleanly but in the middle of a page is a cut too.
    const second = scripted({ pull: [[lines(person('b'))]] });
    const ended = await failureOf(run(second.transport, counter.store));
    expect(ended).toMatchObject({ kind: 'offline', code: 'cut-off' });
    expect(second.pulledWith).toEqual(['c1']);

    const third = scripted({ pull: [[lines(person('b'), { cursor: 'c2', more: false })]] });
    await run(third.transport, counter.store);
    expect(third.pulledWith).toEqual(['c1']);
    expect(counter.applied.flatMap((page) => page.changes.map((change) => change.id))).toEqual([
      'a',
      'b',
    ]);
  });

  it('stops at a line it cannot read, keeping the pages before it', async () => {
    const counter = memoryStore([]);
    const server = scripted({
      pull: [
        [
          lines(person('a'), { cursor: 'c1', more: true }) +
            '{"kind":"geheim","id":"x","body":{}}\n',
        ],
      ],
    });
    const failure = await failureOf(run(server.transport, counter.store));
    expect(failure).toMatchObject({ kind: 'server', code: 'bad-stream', retryable: true });
    expect(counter.cursorOf()).toBe('c1');
  });
});
