import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { allBackends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { createSeedStaff, seededOps } from './counterOps.test-helpers';
import { pullPagesOf } from '../../shared/sync/pullStream';
import { pullAll, push, pushAll } from './syncClient.test-helpers';

afterEach(closeTestServers);

const SLOW = 120_000;

describe.each(allBackends)('push of a counter’s real outbox on %s', (kind) => {
  it(
    'applies every op again with the shared commands and ends with the counter’s cases',
    async () => {
      const server = await openTestServer(kind);
      const counter = await server.enrollDevice(officeA, 'Loket 1');
      await createSeedStaff(server.db, officeA);
      const seeded = await seededOps({ officeId: officeA, deviceId: counter.deviceId, count: 12 });
      expect(seeded.ops.length).toBeGreaterThan(40);

      const results = await pushAll(server.app, counter, seeded.ops, 25);
      expect(results.filter((result) => result.status !== 'applied')).toEqual([]);

      const { rows } = await server.db.query<{
        body: { id: string; status: string; stationId: string | null; priority: string };
      }>("SELECT body FROM records WHERE office_id = $1 AND kind = 'case'", [officeA]);
      const onServer = new Map(
        rows.map(({ body }) => [
          body.id,
          { status: body.status, stationId: body.stationId, priority: body.priority },
        ]),
      );
      expect(onServer).toEqual(seeded.cases);
    },
    SLOW,
  );

  it(
    'answers a replayed batch op by op as duplicates and changes nothing',
    async () => {
      const server = await openTestServer(kind);
      const counter = await server.enrollDevice(officeA);
      await createSeedStaff(server.db, officeA);
      const { ops } = await seededOps({ officeId: officeA, deviceId: counter.deviceId, count: 3 });
      await pushAll(server.app, counter, ops);
      const before = await server.db.query(
        'SELECT kind, record_id, changed_seq FROM records ORDER BY 1, 2',
      );

      const replay = await push(server.app, counter, ops);
      expect(replay.statusCode).toBe(200);
      expect(replay.body.results.map((result) => result.status)).toEqual(
        ops.map(() => 'duplicate'),
      );
      expect(replay.body.lastSeq).toBe(ops.at(-1)?.seq);
      const after = await server.db.query(
        'SELECT kind, record_id, changed_seq FROM records ORDER BY 1, 2',
      );
      expect(after.rows).toEqual(before.rows);
    },
    SLOW,
  );

  it(
    'gives a second counter of the office every record by pull, and another office nothing',
    async () => {
      const server = await openTestServer(kind);
      const first = await server.enrollDevice(officeA, 'Loket 1');
      const second = await server.enrollDevice(officeA, 'Loket 2');
      const stranger = await server.enrollDevice(officeB, 'Loket Solok');
      await createSeedStaff(server.db, officeA);
      const seeded = await seededOps({ officeId: officeA, deviceId: first.deviceId, count: 5 });
      await pushAll(server.app, first, seeded.ops);

      const pulled = await pullAll(server.app, second, undefined, 7);
      const cases = pulled.records.filter((record) => record.kind === 'case');
      expect(new Set(cases.map((record) => record.id))).toEqual(new Set(seeded.cases.keys()));
      expect(pulled.records.filter((record) => record.kind === 'user').length).toBeGreaterThan(2);
      expect((await pullAll(server.app, stranger)).records).toEqual([]);
      // Compressed when the counter asks for it, as it does over a satellite link.
      const zipped = await server.app.inject({
        url: '/v1/pull?limit=10',
        headers: { ...second.headers, 'accept-encoding': 'gzip' },
      });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      const [page] = pullPagesOf(gunzipSync(zipped.rawPayload).toString());
      expect(page?.changes).toHaveLength(10);
      // Nothing new: the cursor stands still.
      const again = await pullAll(server.app, second, pulled.cursor);
      expect(again).toEqual({ records: [], cursor: pulled.cursor });
    },
    SLOW,
  );
});
