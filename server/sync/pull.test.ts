// The pull stream itself: pages between checkpoints, the response limit, the page read ahead,
// and what a client keeps when the stream breaks.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { pullPagesOf, pullStreamReader } from '../../shared/sync/pullStream';
import type { Database } from '../db/database';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { openPull, type PullOptions } from './pull';
import { writeRecords } from './records';

afterEach(closeTestServers);

const device = { officeId: officeA, deviceId: randomUUID() };
const ids = Array.from({ length: 25 }, (_, index) => `orang-${String(index).padStart(2, '0')}`);

/** Each record in its own transaction, as pushes write them; one of another office between. */
async function writePeople(db: Database) {
  for (const id of ids) {
    await db.transaction(async (tx) => {
      await writeRecords(tx, officeA, [{ kind: 'person', id, body: { id, name: id } }], null);
      await writeRecords(tx, officeB, [{ kind: 'person', id: `b-${id}`, body: { id } }], null);
    });
  }
}

const quietLog = () => ({ warn: vi.fn() }) as unknown as FastifyBaseLogger & { warn: Mock };

async function opened(db: Database, query: Record<string, string>, options: Partial<PullOptions>) {
  const pull = await openPull(db, device, query, { log: quietLog(), ...options });
  if (!pull.ok) throw new Error(`refused: ${pull.code}`);
  return pull.stream;
}

async function textOf(stream: Readable) {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** A database whose `failing`-th query (1-based) fails after `delayMs`. */
function failingAt(db: Database, failing: number, delayMs = 0): Database {
  let calls = 0;
  return {
    ...db,
    query: (async (text: string, params?: readonly unknown[]) => {
      calls += 1;
      if (calls !== failing) return db.query(text, params);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      throw new Error('connection lost');
    }) as Database['query'],
  };
}

describe.each(backends)('the pull stream on %s', (kind) => {
  it('sends the records in pages, each closed by a checkpoint to resume from', async () => {
    const server = await openTestServer(kind);
    await writePeople(server.db);
    const pages = pullPagesOf(await textOf(await opened(server.db, {}, { pageRecords: 4 })));
    expect(pages.map((page) => page.changes.length)).toEqual([4, 4, 4, 4, 4, 4, 1]);
    expect(pages.map((page) => page.more)).toEqual([true, true, true, true, true, true, false]);
    expect(pages.flatMap((page) => page.changes.map((change) => change.id))).toEqual(ids);
    // From any checkpoint, the rest follows and nothing twice.
    const third = pages[2];
    if (!third) throw new Error('no third page');
    const rest = pullPagesOf(
      await textOf(await opened(server.db, { cursor: third.cursor }, { pageRecords: 100 })),
    );
    expect(rest.flatMap((page) => page.changes.map((change) => change.id))).toEqual(ids.slice(12));
    // At the end: one empty page, the same cursor, nothing more.
    const last = pages.at(-1);
    if (!last) throw new Error('no last page');
    expect(pullPagesOf(await textOf(await opened(server.db, { cursor: last.cursor }, {})))).toEqual(
      [{ changes: [], cursor: last.cursor, more: false }],
    );
  });

  it('stops a response at its limit and says more waits', async () => {
    const server = await openTestServer(kind);
    await writePeople(server.db);
    const pages = pullPagesOf(
      await textOf(await opened(server.db, { limit: '10' }, { pageRecords: 4 })),
    );
    expect(pages.map((page) => [page.changes.length, page.more])).toEqual([
      [4, true],
      [4, true],
      [2, true],
    ]);
  });

  it('breaks off when a later page cannot be read, and the client keeps whole pages only', async () => {
    const server = await openTestServer(kind);
    await writePeople(server.db);
    // The first query reads page one; the second, the page read ahead, fails.
    const stream = await opened(failingAt(server.db, 2), {}, { pageRecords: 4 });
    const reader = pullStreamReader();
    const pages: ReturnType<typeof reader.read> = [];
    await expect(
      (async () => {
        for await (const chunk of stream) pages.push(...reader.read(String(chunk)));
      })(),
    ).rejects.toThrow('connection lost');
    expect(pages.map((page) => [page.changes.length, page.more])).toEqual([[4, true]]);
    expect(reader.endedCleanly()).toBe(true);
  });

  it('logs a read-ahead that fails after the client left', async () => {
    const server = await openTestServer(kind);
    await writePeople(server.db);
    const log = quietLog();
    const stream = await opened(failingAt(server.db, 2, 30), {}, { pageRecords: 4, log });
    for await (const chunk of stream) {
      expect(pullPagesOf(String(chunk))).toHaveLength(1);
      break;
    }
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalledOnce());
    expect(log.warn.mock.calls[0]?.[1]).toMatch(/client left/);
  });

  it('answers NDJSON over HTTP, compressed when asked', async () => {
    const server = await openTestServer(kind);
    await writePeople(server.db);
    const counter = await server.enrollDevice(officeA);
    const plain = await server.app.inject({ url: '/v1/pull?limit=3', headers: counter.headers });
    expect(plain.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(pullPagesOf(plain.body)[0]?.changes.map((change) => change.id)).toEqual(ids.slice(0, 3));
    const zipped = await server.app.inject({
      url: '/v1/pull?limit=3',
      headers: { ...counter.headers, 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
  });
});
