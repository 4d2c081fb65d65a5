// The office the pull benchmarks pull (bench/syncPull.bench.ts on the wire, and
// bench/syncPullBrowser.bench.ts into Chromium's IndexedDB): 100,000 cases by default
// (LOKET_BENCH_PULL_CASES overrides) on the bench server over the PostgreSQL of DATABASE_URL.
//
// Four counters push 200 cases' real outboxes through the API, and those cases' records (the
// case, its persons, its documents) are copied in SQL with fresh ids (UUIDv7, later with every
// copy) until the office has the total, each copy stamped like a write (transaction id, next
// sequence value) in a few big transactions. The runner has no teardown hook: the office is filled on first use, shared by
// the pull benchmarks of one `npm run bench`, and its schema is dropped once none used it for a
// moment.
import { gzipSync } from 'node:zlib';
import type { Database } from '../server/db/database';
import { serverCatalog } from '../server/sync/officeState';
import { MAX_BATCH_OPS, type OpEnvelope, type PushResponse } from '../shared/sync/push';
import {
  createSeedOffices,
  enrolDevice,
  openBenchServer,
  send,
  type BenchDevice,
  type BenchServer,
} from './syncHarness';

export const PULL_CASES = Number(process.env.LOKET_BENCH_PULL_CASES ?? 100_000);
const TEMPLATE_COUNTERS = 4;
const CASES_PER_COUNTER = 50;
const COPIES_PER_TRANSACTION = 100;
/** The schema is dropped once no pull benchmark used the office for this long. */
const IDLE_MS = 1_500;
const [office] = serverCatalog.offices;
if (!office) throw new Error('the seed catalog has no office');
export const pullOfficeId = office.id;
const plans = Array.from({ length: TEMPLATE_COUNTERS }, (_, counter) => ({
  officeId: pullOfficeId,
  cases: CASES_PER_COUNTER,
  seed: 200 + counter,
}));

export interface PullOffice {
  server: BenchServer;
  cases: number;
  records: number;
  /** Seconds the pushes and copies took. */
  fillS: number;
  /** Seconds seeding the template outboxes took; 0 when they came from the cache. */
  seededS: number;
}

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

/** The Unix milliseconds of a UUIDv7, the id the counters make. */
function uuidV7Ms(id: string): number {
  if (id[14] !== '7') throw new Error(`template id ${id} is not a UUIDv7`);
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

/**
 * Copies `from`..`to` of the template cases with their persons and documents: every template id
 * gets a fresh one per copy, replaced wherever it appears in a copied row. Rows come in the
 * templates' own order, copy after copy. The fresh ids are UUIDv7 as a counter makes them: copy
 * `n` of an id made at `t` is made at `t + n * spanMs`, so ids grow with the copies as they grow
 * with time in a real office (a counter's IndexedDB writes them mostly in key order, as it will
 * a real office's).
 */
async function copyTemplates(
  db: Database,
  templateIds: string[],
  spanMs: number,
  from: number,
  to: number,
) {
  await db.transaction(async (tx) => {
    await tx.query(
      `CREATE TEMP TABLE copy_ids ON COMMIT DROP AS
         SELECT copy, old,
                substr(ms, 1, 8) || '-' || substr(ms, 9, 4) || '-7' || substr(r, 16, 3) || '-' || substr(r, 20) AS new
           FROM (
             SELECT copy, old, gen_random_uuid()::text AS r,
                    lpad(to_hex(('x' || substr(old, 1, 8) || substr(old, 10, 4))::bit(48)::bigint
                      + copy * $4::bigint), 12, '0') AS ms
               FROM generate_series($1::int, $2::int) AS copy, unnest($3::text[]) AS old
           ) AS fresh`,
      [from, to, templateIds, spanMs],
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
      [pullOfficeId],
    );
  });
}

async function fill(say: (line: string) => void): Promise<PullOffice> {
  const { outboxes } = await import('./syncOutboxes');
  const { createSeedStaff } = await import('../server/sync/counterOps.test-helpers');
  const seeded = await outboxes('pull', plans, say);
  const server = await openBenchServer();
  try {
    const start = performance.now();
    await createSeedOffices(server.db, [pullOfficeId]);
    await createSeedStaff(server.db, pullOfficeId);
    await Promise.all(
      seeded.outboxes.map(async (ops, index) =>
        pushOutbox(server, await enrolDevice(server.db, pullOfficeId, `Loket ${index + 1}`), ops),
      ),
    );
    const { rows: templates } = await server.db.query<{ id: string; kind: string }>(
      `SELECT record_id AS id, kind FROM records WHERE office_id = $1 AND kind IN ('case', 'person')`,
      [pullOfficeId],
    );
    const templateCases = templates.filter((row) => row.kind === 'case').length;
    const copies = Math.ceil(PULL_CASES / templateCases) - 1;
    say(`${templateCases} cases pushed by ${plans.length} counters; copying them ${copies} times`);
    const ids = templates.map((row) => row.id);
    const made = ids.map(uuidV7Ms);
    const spanMs = Math.max(...made) - Math.min(...made) + 1;
    for (let from = 1; from <= copies; from += COPIES_PER_TRANSACTION) {
      const to = Math.min(copies, from + COPIES_PER_TRANSACTION - 1);
      await copyTemplates(server.db, ids, spanMs, from, to);
    }
    await server.db.query('VACUUM ANALYZE records');
    const { rows } = await server.db.query<{ cases: number; records: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'case')::int AS cases, count(*)::int AS records
         FROM records WHERE office_id = $1`,
      [pullOfficeId],
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

let filled: Promise<PullOffice> | undefined;
let idle: NodeJS.Timeout | undefined;

/** The filled office, filled now if no pull benchmark of this run did so yet. */
export function openPullOffice(say: (line: string) => void): Promise<PullOffice> {
  clearTimeout(idle);
  filled ??= fill(say).catch((error: unknown) => {
    filled = undefined;
    throw error;
  });
  return filled;
}

/** Stops the server and drops the schema now (after a failed run). */
export function closePullOffice(): void {
  clearTimeout(idle);
  const closing = filled;
  filled = undefined;
  void closing?.then(({ server }) => server.close());
}

/** Closes the office unless another pull benchmark opens it again within a moment. */
export function releasePullOffice(): void {
  clearTimeout(idle);
  idle = setTimeout(closePullOffice, IDLE_MS);
}
