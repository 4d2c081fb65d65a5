// A new counter's first pull of an office with 100,000 cases (LOKET_BENCH_PULL_CASES overrides),
// from the real PostgreSQL of DATABASE_URL over loopback HTTP to the server in its own process:
// responses of up to 100,000 records streamed in pages of 1,000, gzip-compressed as a counter asks
// for them, each inflated and parsed line by line as it arrives. Target: ≤ 10 s for the 100,000 cases.
//
// The office is filled in the warm-up run (bench/syncOffice.ts). Each timed run enrols a fresh
// device and pulls everything; its figures are the pull's: records, pages, bytes on the wire and
// inflated, and the server process's peak RSS and heap (sampled every 50 ms), which stay bounded
// by a page.
import { MAX_PULL_LIMIT } from '../shared/sync/pull';
import { pullStreamReader } from '../shared/sync/pullStream';
import { enrolDevice, skipReason, stream, type BenchDevice, type BenchServer } from './syncHarness';
import {
  closePullOffice,
  openPullOffice,
  PULL_CASES,
  pullOfficeId,
  releasePullOffice,
} from './syncOffice';
import type { Benchmark } from './types';

const TARGET_S = 10;
const say = (line: string) => process.stdout.write(`syncPull.bench.ts: ${line}\n`);

interface Pulled {
  responses: number;
  pages: number;
  records: number;
  cases: number;
  /** Responses the server sent gzip-compressed (all of them, when it honours accept-encoding). */
  gzipResponses: number;
  wireBytes: number;
  jsonBytes: number;
}

/** Response after response, each parsed line by line as it streams in, as a counter does. */
async function pullEverything(server: BenchServer, device: BenchDevice): Promise<Pulled> {
  const headers = { ...device.headers, 'accept-encoding': 'gzip' };
  const pulled: Pulled = {
    responses: 0,
    pages: 0,
    records: 0,
    cases: 0,
    gzipResponses: 0,
    wireBytes: 0,
    jsonBytes: 0,
  };
  let cursor: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(MAX_PULL_LIMIT) });
    if (cursor !== undefined) query.set('cursor', cursor);
    const reader = pullStreamReader();
    let more = false;
    const answer = await stream(server.port, { path: `/v1/pull?${query}`, headers }, (text) => {
      for (const page of reader.read(text)) {
        pulled.pages += 1;
        pulled.records += page.changes.length;
        pulled.cases += page.changes.filter((change) => change.kind === 'case').length;
        cursor = page.cursor;
        more = page.more;
      }
    });
    if (answer.status !== 200) throw new Error(`pull answered ${answer.status}`);
    if (!reader.endedCleanly()) throw new Error('a pull response ended mid-page');
    pulled.responses += 1;
    if (answer.gzipped) pulled.gzipResponses += 1;
    pulled.wireBytes += answer.wireBytes;
    pulled.jsonBytes += answer.bodyBytes;
    if (!more) return pulled;
  }
}

async function pullRun() {
  try {
    const office = await openPullOffice(say);
    const device = await enrolDevice(office.server.db, pullOfficeId, 'Loket baru');
    const measured = await office.server.measure(() => pullEverything(office.server, device));
    const { value: pulled, seconds, server } = measured;
    if (pulled.cases !== office.cases || pulled.records !== office.records) {
      throw new Error(
        `pulled ${pulled.cases}/${pulled.records}, the office has ${office.cases}/${office.records}`,
      );
    }
    const MB = 1024 * 1024;
    const verdict = seconds <= TARGET_S ? 'PASS' : 'BELOW';
    say(
      [
        `pulled ${pulled.cases} cases, ${pulled.records} records in ${pulled.pages} pages (${pulled.responses} responses) in ${seconds.toFixed(1)} s (target ≤ ${TARGET_S} s: ${verdict}), ${(pulled.records / seconds).toFixed(0)} records/s`,
        `  on the wire ${(pulled.wireBytes / MB).toFixed(1)} MB, ${(pulled.jsonBytes / MB).toFixed(1)} MB of JSON; ${pulled.gzipResponses} of ${pulled.responses} responses gzip-compressed${pulled.gzipResponses < pulled.responses ? ' (the client asked for gzip on every one)' : ''}`,
        `  server process: peak RSS ${server.peakRssMb.toFixed(0)} MB, peak heap ${server.peakHeapMb.toFixed(0)} MB, CPU ${server.cpuS.toFixed(1)} s; PostgreSQL CPU ${measured.postgresCpuS?.toFixed(1) ?? '?'} s (every local backend)`,
      ].join('\n'),
    );
    return {
      figures: {
        cases: pulled.cases,
        records: pulled.records,
        pages: pulled.pages,
        responses: pulled.responses,
        gzipResponses: pulled.gzipResponses,
        pullS: seconds,
        targetS: TARGET_S,
        recordsPerS: pulled.records / seconds,
        wireMb: pulled.wireBytes / MB,
        jsonMb: pulled.jsonBytes / MB,
        serverPeakRssMb: server.peakRssMb,
        serverPeakHeapMb: server.peakHeapMb,
        serverCpuS: server.cpuS,
        ...(measured.postgresCpuS === undefined ? {} : { postgresCpuS: measured.postgresCpuS }),
        fillS: office.fillS,
        seededS: office.seededS,
      },
    };
  } catch (error) {
    closePullOffice();
    throw error;
  } finally {
    releasePullOffice();
  }
}

if (skipReason) console.warn(`syncPull.bench.ts: skipped, ${skipReason}`);

export const benchmarks: Benchmark[] = skipReason
  ? []
  : [
      {
        name: `sync: pull of ${PULL_CASES.toLocaleString('en-US')} cases to a new device (PostgreSQL)`,
        ops: PULL_CASES,
        warmup: 1,
        repetitions: 2,
        run: pullRun,
      },
    ];
