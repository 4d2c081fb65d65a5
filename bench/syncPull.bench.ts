// A new counter's first pull of an office with 100,000 cases (LOKET_BENCH_PULL_CASES overrides),
// from the real PostgreSQL of DATABASE_URL over loopback HTTP to the server in its own process:
// responses of up to 100,000 records streamed in pages of 1,000, gzip-compressed as a counter asks
// for them, each inflated and parsed line by line as it arrives. Target: ≤ 10 s for the 100,000 cases.
//
// The office is filled in the warm-up run: four counters push 200 cases' real outboxes through
// the API, and those cases' records (the case, its persons, its documents) are copied in SQL with
// fresh ids until the office has the total, each copy stamped like a write (transaction id, next
// sequence value) in a few big transactions. Each timed run enrols a fresh device and pulls
// everything; its figures are the pull's: records, pages, bytes on the wire and inflated, and the
// server process's peak RSS and heap (sampled every 50 ms), which stay bounded by a page. The
// schema is dropped once no pull ran for a moment (the runner has no teardown hook).
import { gzipSync } from 'node:zlib';
import type { Database } from '../server/db/database';
import { serverCatalog } from '../server/sync/officeState';
import { MAX_PULL_LIMIT } from '../shared/sync/pull';
import { pullStreamReader } from '../shared/sync/pullStream';
import { MAX_BATCH_OPS, type OpEnvelope, type PushResponse } from '../shared/sync/push';
import {
  createSeedOffices,
  enrolDevice,
  openBenchServer,
  send,
  skipReason,
  stream,
  type BenchDevice,
  type BenchServer,
} from './syncHarness';
import type { Benchmark } from './types';

const TARGET_S = 10;
const TOTAL_CASES = Number(process.env.LOKET_BENCH_PULL_CASES ?? 100_000);
const TEMPLATE_COUNTERS = 4;
const CASES_PER_COUNTER = 50;
const COPIES_PER_TRANSACTION = 100;
/** The runner has no teardown hook: the schema is dropped once no pull ran for this long. */
const IDLE_MS = 1_500;
const [office] = serverCatalog.offices;
if (!office) throw new Error('the seed catalog has no office');
const officeId = office.id;
const plans = Array.from({ length: TEMPLATE_COUNTERS }, (_, counter) => ({
  officeId,
  cases: CASES_PER_COUNTER,
  seed: 200 + counter,
}));

const say = (line: string) => process.stdout.write(`syncPull.bench.ts: ${line}\n`);

async function pushOutbox(server: BenchServer, device: BenchDevice, ops: readonly OpEnvelope[]) {
  const headers = {
    ...device.headers,
    'content-type': 'application/json',
    'content-encoding': 'gzip',
  };
  for (let from = 0; from < ops.length; from += MAX_BATCH_OPS) {
    const body = gzipSync(
      JSON.stringify({ deviceId: device.deviceId, ops: ops.slice(from, from + MAX_BATCH_OPS) }),
    );
    const answer = await send(server.port, { method: 'POST', path: '/v1/push', headers }, body);
    const { results } = JSON.parse(answer.body.toString()) as PushResponse;
    const refused = results.find((result) => result.status !== 'applied');
    if (answer.status !== 200 || refused) {
      throw new Error(`template push: ${answer.status} ${JSON.stringify(refused)}`);
    }
  }
}

/**
 * Copies `from`..`to` of the template cases with their persons and documents: every template id
 * gets a fresh one per copy, replaced wherever it appears in a copied row. Rows come in the
 * templates' own order, copy after copy.
 */
async function copyTemplates(db: Database, templateIds: string[], from: number, to: number) {
  await db.transaction(async (tx) => {
    await tx.query(
      `CREATE TEMP TABLE copy_ids ON COMMIT DROP AS
         SELECT copy, old, gen_random_uuid()::text AS new
           FROM generate_series($1::int, $2::int) AS copy, unnest($3::text[]) AS old`,
      [from, to, templateIds],
    );
    await tx.query('CREATE INDEX ON copy_ids (old, copy)');
    await tx.query(
      `INSERT INTO records (office_id, kind, record_id, case_id, body, changed_xid, changed_seq, changed_by, changed_by_op)
       SELECT $1, kind, record_id, case_id, body, pg_current_xact_id(), nextval('record_change_seq'), changed_by, changed_by_op
         FROM (
           SELECT p.copy, r.changed_seq, r.kind, p.new AS record_id, NULL::uuid AS case_id,
                  replace(r.body::text, p.old, p.new)::jsonb AS body, r.changed_by, r.changed_by_op
             FROM records r JOIN copy_ids p ON p.old = r.record_id
            WHERE r.office_id = $1 AND r.kind = 'person'
           UNION ALL
           SELECT c.copy, r.changed_seq, r.kind, c.new, c.new::uuid,
                  replace(replace(replace(r.body::text, c.old, c.new),
                    coalesce(a.old, ''), coalesce(a.new, '')), coalesce(s.old, ''), coalesce(s.new, ''))::jsonb,
                  r.changed_by, r.changed_by_op
             FROM records r JOIN copy_ids c ON c.old = r.record_id
             LEFT JOIN copy_ids a ON a.copy = c.copy AND a.old = r.body->>'applicantId'
             LEFT JOIN copy_ids s ON s.copy = c.copy AND s.old = r.body->>'subjectId'
            WHERE r.office_id = $1 AND r.kind = 'case'
           UNION ALL
           SELECT c.copy, r.changed_seq, r.kind, replace(r.record_id, c.old, c.new), c.new::uuid,
                  replace(r.body::text, c.old, c.new)::jsonb, r.changed_by, r.changed_by_op
             FROM records r JOIN copy_ids c ON c.old = r.case_id::text
            WHERE r.office_id = $1 AND r.kind = 'document'
         ) AS copied
        ORDER BY copy, changed_seq`,
      [officeId],
    );
  });
}

interface Filled {
  server: BenchServer;
  cases: number;
  records: number;
  fillS: number;
  seededS: number;
}

async function fill(): Promise<Filled> {
  const { outboxes } = await import('./syncOutboxes');
  const { createSeedStaff } = await import('../server/sync/counterOps.test-helpers');
  const seeded = await outboxes('pull', plans, say);
  const server = await openBenchServer();
  try {
    const start = performance.now();
    await createSeedOffices(server.db, [officeId]);
    await createSeedStaff(server.db, officeId);
    await Promise.all(
      seeded.outboxes.map(async (ops, index) =>
        pushOutbox(server, await enrolDevice(server.db, officeId, `Loket ${index + 1}`), ops),
      ),
    );
    const { rows: templates } = await server.db.query<{ id: string; kind: string }>(
      `SELECT record_id AS id, kind FROM records WHERE office_id = $1 AND kind IN ('case', 'person')`,
      [officeId],
    );
    const templateCases = templates.filter((row) => row.kind === 'case').length;
    const copies = Math.ceil(TOTAL_CASES / templateCases) - 1;
    say(`${templateCases} cases pushed by ${plans.length} counters; copying them ${copies} times`);
    const ids = templates.map((row) => row.id);
    for (let from = 1; from <= copies; from += COPIES_PER_TRANSACTION) {
      await copyTemplates(
        server.db,
        ids,
        from,
        Math.min(copies, from + COPIES_PER_TRANSACTION - 1),
      );
    }
    await server.db.query('VACUUM ANALYZE records');
    const { rows } = await server.db.query<{ cases: number; records: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'case')::int AS cases, count(*)::int AS records
         FROM records WHERE office_id = $1`,
      [officeId],
    );
    const { cases = 0, records = 0 } = rows[0] ?? {};
    const fillS = (performance.now() - start) / 1000;
    say(`office filled: ${cases} cases, ${records} records in ${fillS.toFixed(1)} s`);
    return { server, cases, records, fillS, seededS: seeded.seededS };
  } catch (error) {
    await server.close();
    throw error;
  }
}

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

let filled: Promise<Filled> | undefined;
let idle: NodeJS.Timeout | undefined;

function teardown(): void {
  const closing = filled;
  filled = undefined;
  void closing?.then(({ server }) => server.close());
}

async function pullRun() {
  clearTimeout(idle);
  filled ??= fill();
  try {
    const office = await filled;
    const device = await enrolDevice(office.server.db, officeId, 'Loket baru');
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
    teardown();
    throw error;
  } finally {
    idle = setTimeout(teardown, IDLE_MS);
  }
}

if (skipReason) console.warn(`syncPull.bench.ts: skipped, ${skipReason}`);

export const benchmarks: Benchmark[] = skipReason
  ? []
  : [
      {
        name: `sync: pull of ${TOTAL_CASES.toLocaleString('en-US')} cases to a new device (PostgreSQL)`,
        ops: TOTAL_CASES,
        warmup: 1,
        repetitions: 2,
        run: pullRun,
      },
    ];
