// A new counter's first pull of an office with 100,000 cases (LOKET_BENCH_PULL_CASES overrides)
// into IndexedDB in real Chromium, over loopback from the server in its own process on the
// PostgreSQL of DATABASE_URL. Target: ≤ 30 s end to end for the 100,000 cases.
//
// The page (renderer/sync/pullBenchPage.ts) runs the app's own sync: `runSync` with
// `dexieSyncStore` on the real `loket` database and the fetch transport, on the sync server's
// own origin (the page and its script are intercepted at that origin, everything else reaches the
// server: no proxy and no CORS in between), in a fresh profile on disk. The office is filled in
// the warm-up run, or taken over from bench/syncPull.bench.ts (bench/syncOffice.ts). Each run
// enrols a fresh device and opens Chromium on an empty profile; its figures come from the page:
// seconds from the first pull request until the cases are counted in IndexedDB, records/s, and
// where the time went (waiting for the stream, the Dexie transactions, parsing and the rest),
// with the CPU the server process and PostgreSQL spent meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { hasChromium, noChromiumReason } from '../e2e/chromium';
import { bundle, openPage } from './browserPage';
import { countChromiumCpu } from './chromiumCpu';
import { enrolDevice, skipReason as noDatabaseReason } from './syncHarness';
import {
  closePullOffice,
  openPullOffice,
  PULL_CASES,
  pullOfficeId,
  releasePullOffice,
} from './syncOffice';
import type { Benchmark } from './types';

const TARGET_S = 30;
const entry = fileURLToPath(new URL('../renderer/sync/pullBenchPage.ts', import.meta.url));
const skipReason =
  noDatabaseReason ??
  (hasChromium ? undefined : noChromiumReason.replace('e2e tests', 'the Chromium pull benchmark'));

/** What renderer/sync/pullBenchPage.ts puts on the page's global object. */
interface PageGlobal {
  loketPullBench: { pull(request: { deviceId: string; token: string }): Promise<unknown> };
}

const pageFiguresSchema = z.object({
  cases: z.number(),
  persons: z.number(),
  documents: z.number(),
  records: z.number(),
  responses: z.number(),
  pages: z.number(),
  totalMs: z.number(),
  waitMs: z.number(),
  applyMs: z.number(),
  countMs: z.number(),
  restMs: z.number(),
  textMChars: z.number(),
  usageMb: z.number(),
});

const say = (line: string) => process.stdout.write(`syncPullBrowser.bench.ts: ${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let script: Promise<string> | undefined;

async function pullRun() {
  try {
    const office = await openPullOffice(say);
    script ??= bundle(entry);
    const device = await enrolDevice(office.server.db, pullOfficeId, 'Loket baru (Chromium)');
    const profile = mkdtempSync(join(tmpdir(), 'loket-pull-bench-'));
    try {
      const [context, tab] = await openPage(profile, {
        origin: `http://127.0.0.1:${office.server.port}`,
        title: 'pull bench page',
        script: await script,
        global: 'loketPullBench',
      });
      try {
        // The function runs in the page (Playwright sends its source); the cast is erased.
        const chromiumCpu = countChromiumCpu(profile);
        const measured = await office.server.measure(() =>
          tab.evaluate(
            (request) => (globalThis as unknown as PageGlobal).loketPullBench.pull(request),
            { deviceId: device.deviceId, token: device.token },
          ),
        );
        const chromium = chromiumCpu();
        const page = pageFiguresSchema.parse(measured.value);
        if (page.cases !== office.cases || page.records !== office.records) {
          throw new Error(
            `IndexedDB holds ${page.cases} cases after ${page.records} records pulled, the office has ${office.cases}/${office.records}`,
          );
        }
        const totalS = page.totalMs / 1000;
        const verdict = totalS <= TARGET_S ? 'PASS' : 'BELOW';
        const { server, postgresCpuS } = measured;
        say(
          [
            `pulled ${page.cases} cases, ${page.records} records (${page.pages} pages, ${page.responses} responses) into IndexedDB in ${totalS.toFixed(1)} s (target ≤ ${TARGET_S} s: ${verdict}), ${(page.records / totalS).toFixed(0)} records/s`,
            `  in the page: waiting for the stream ${seconds(page.waitMs)}, applyPage (Dexie transactions) ${seconds(page.applyMs)}, parsing and the engine ${seconds(page.restMs)}, counting the cases ${page.countMs.toFixed(0)} ms; ${page.textMChars.toFixed(0)} M characters of NDJSON, ${page.usageMb.toFixed(0)} MB of storage`,
            `  Chromium CPU meanwhile: browser process (IndexedDB's backend) ${chromium.browserS.toFixed(1)} s, renderer (the page) ${chromium.rendererS.toFixed(1)} s, other processes ${chromium.otherS.toFixed(1)} s`,
            `  meanwhile: server process CPU ${server.cpuS.toFixed(1)} s (peak RSS ${server.peakRssMb.toFixed(0)} MB), PostgreSQL CPU ${postgresCpuS?.toFixed(1) ?? '?'} s (every local backend)`,
          ].join('\n'),
        );
        return {
          figures: {
            cases: page.cases,
            persons: page.persons,
            documents: page.documents,
            records: page.records,
            pages: page.pages,
            responses: page.responses,
            pullS: totalS,
            targetS: TARGET_S,
            recordsPerS: page.records / totalS,
            waitS: page.waitMs / 1000,
            applyS: page.applyMs / 1000,
            parseAndEngineS: page.restMs / 1000,
            countMs: page.countMs,
            storageMb: page.usageMb,
            chromiumBrowserCpuS: chromium.browserS,
            chromiumRendererCpuS: chromium.rendererS,
            chromiumOtherCpuS: chromium.otherS,
            serverCpuS: server.cpuS,
            serverPeakRssMb: server.peakRssMb,
            ...(postgresCpuS === undefined ? {} : { postgresCpuS }),
            fillS: office.fillS,
            seededS: office.seededS,
          },
        };
      } finally {
        await context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  } catch (error) {
    closePullOffice();
    throw error;
  } finally {
    releasePullOffice();
  }
}

if (skipReason) console.warn(`syncPullBrowser.bench.ts: skipped, ${skipReason}`);

export const benchmarks: Benchmark[] = skipReason
  ? []
  : [
      {
        name: `sync: pull of ${PULL_CASES.toLocaleString('en-US')} cases into IndexedDB (Chromium, PostgreSQL)`,
        ops: PULL_CASES,
        warmup: 1,
        repetitions: 2,
        run: pullRun,
      },
    ];
