// The page side of bench/syncPullBrowser.bench.ts, bundled by esbuild and loaded into Chromium
// on the sync server's own origin: a new counter's first sync run by the app's engine, store,
// database and fetch transport, put together as syncSession.ts does (without its number-block
// claim, which is not the pull's). Timed from the first pull request until the cases are
// counted in IndexedDB, and split into the time the engine waited for the stream (server,
// network, inflating), the time in `applyPage` (the Dexie transactions) and the rest (parsing
// the lines and the engine's own work). Exposed as `globalThis.loketPullBench`; the answer is
// plain numbers, so it crosses to Node as JSON.
import { runSync } from '../../shared/sync/engine';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import type { SyncStore } from '../../shared/sync/store';
import type { SyncTransport } from '../../shared/sync/transport';
import { openLoketDb } from '../db/database';
import { dexieSyncStore } from './dexieSyncStore';

export interface PullBenchRequest {
  deviceId: string;
  token: string;
}

interface Clock {
  firstPullAt: number | undefined;
  waitMs: number;
  applyMs: number;
  responses: number;
  pages: number;
  /** UTF-16 code units of NDJSON the transport handed on. */
  chars: number;
}

/** The transport, counting the time the engine waited for the next part of a pull response. */
function timedTransport(transport: SyncTransport, clock: Clock): SyncTransport {
  return {
    ...transport,
    async *pull(query) {
      let asked = performance.now();
      clock.firstPullAt ??= asked;
      clock.responses += 1;
      for await (const text of transport.pull(query)) {
        clock.waitMs += performance.now() - asked;
        clock.chars += text.length;
        yield text;
        asked = performance.now();
      }
    },
  };
}

function timedStore(store: SyncStore, clock: Clock): SyncStore {
  return {
    ...store,
    async applyPage(page) {
      const started = performance.now();
      await store.applyPage(page);
      clock.applyMs += performance.now() - started;
      clock.pages += 1;
    },
  };
}

async function pull(request: PullBenchRequest): Promise<Record<string, number>> {
  const db = openLoketDb();
  try {
    if ((await db.cases.count()) > 0) throw new Error('the counter’s database is not empty');
    const clock: Clock = {
      firstPullAt: undefined,
      waitMs: 0,
      applyMs: 0,
      responses: 0,
      pages: 0,
      chars: 0,
    };
    const transport = fetchTransport({ serverUrl: location.origin, token: request.token });
    const report = await runSync({
      transport: timedTransport(transport, clock),
      store: timedStore(dexieSyncStore(db), clock),
      deviceId: request.deviceId,
      now: () => new Date(),
    });
    const counting = performance.now();
    const cases = await db.cases.count();
    const done = performance.now();
    if (clock.firstPullAt === undefined) throw new Error('the sync run did not pull');
    const totalMs = done - clock.firstPullAt;
    const [persons, documents] = await Promise.all([db.persons.count(), db.documents.count()]);
    const { usage = 0 } = await navigator.storage.estimate();
    return {
      cases,
      persons,
      documents,
      records: report.pulled,
      responses: clock.responses,
      pages: clock.pages,
      totalMs,
      waitMs: clock.waitMs,
      applyMs: clock.applyMs,
      countMs: done - counting,
      restMs: totalMs - clock.waitMs - clock.applyMs - (done - counting),
      textMChars: clock.chars / 1e6,
      usageMb: usage / 1e6,
    };
  } finally {
    db.close();
  }
}

Object.assign(globalThis, { loketPullBench: { pull } });
