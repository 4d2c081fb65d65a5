import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpEnvelope } from '../../shared/sync/push';
import { MAX_BATCH_GZIP_BYTES } from '../../shared/sync/push';
import { revokeDevice } from '../enrolment';
import { backends } from '../db/testDatabase.test-helpers';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
  type TestDevice,
  type TestServer,
} from '../testServer.test-helpers';
import { createSeedStaff, seededOps } from './counterOps.test-helpers';
import { pullAll, push } from './syncClient.test-helpers';

afterEach(closeTestServers);

const SLOW = 120_000;

async function counterWithOps(kind: 'postgres' | 'pglite', count = 2) {
  const server = await openTestServer(kind);
  const counter = await server.enrollDevice(officeA, 'Loket 1');
  await createSeedStaff(server.db, officeA);
  const { ops } = await seededOps({ officeId: officeA, deviceId: counter.deviceId, count });
  return { server, counter, ops };
}

const counts = async (server: TestServer) => {
  const { rows } = await server.db.query<{ ops: number; records: number; letters: number }>(
    `SELECT (SELECT count(*)::int FROM ops) AS ops, (SELECT count(*)::int FROM records) AS records,
            (SELECT count(*)::int FROM letter_numbers) AS letters`,
  );
  return rows[0];
};

const raw = (server: TestServer, device: TestDevice, payload: string | Buffer, headers = {}) =>
  server.app.inject({
    method: 'POST',
    url: '/v1/push',
    headers: { ...device.headers, 'content-type': 'application/json', ...headers },
    payload,
  });

describe.each(backends)('push refusals on %s', (kind) => {
  it(
    'refuses unreadable batches whole, each with its own code, storing nothing',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      const before = await counts(server);
      const batch = (body: unknown) => JSON.stringify(body);
      const cases: [string, Awaited<ReturnType<typeof raw>>, number, string][] = [
        ['broken JSON', await raw(server, counter, '{"ops": ['), 400, 'malformed'],
        [
          'wrong types',
          await raw(
            server,
            counter,
            batch({ deviceId: counter.deviceId, ops: [{ ...ops[0], seq: 'satu' }] }),
          ),
          400,
          'malformed',
        ],
        [
          'an unknown field',
          await raw(server, counter, batch({ deviceId: counter.deviceId, ops, extra: 1 })),
          400,
          'malformed',
        ],
        [
          'ops out of order inside the batch',
          await raw(
            server,
            counter,
            batch({ deviceId: counter.deviceId, ops: [...ops].reverse() }),
          ),
          400,
          'batch-unordered',
        ],
        [
          'more than 200 ops',
          await raw(
            server,
            counter,
            batch({
              deviceId: counter.deviceId,
              ops: Array.from({ length: 201 }, (_, i) => ({ ...ops[0], seq: i + 1 })),
            }),
          ),
          413,
          'batch-too-large',
        ],
        [
          'another device’s batch',
          await raw(
            server,
            counter,
            batch({ deviceId: '0190a0b0-0000-7000-8000-000000000000', ops }),
          ),
          403,
          'device-mismatch',
        ],
        [
          'a compressed body over 256 KB',
          await raw(
            server,
            counter,
            gzipSync(Buffer.from(cryptoNoise(MAX_BATCH_GZIP_BYTES + 1024))),
            {
              'content-encoding': 'gzip',
            },
          ),
          413,
          'too-large',
        ],
        [
          'a gzip bomb',
          await raw(server, counter, gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)), {
            'content-encoding': 'gzip',
          }),
          413,
          'too-large',
        ],
        [
          'bytes that are not gzip',
          await raw(server, counter, Buffer.from('not gzip at all'), {
            'content-encoding': 'gzip',
          }),
          400,
          'malformed',
        ],
        [
          'an encoding other than gzip',
          await raw(server, counter, batch({ deviceId: counter.deviceId, ops }), {
            'content-encoding': 'br',
          }),
          415,
          'unsupported-encoding',
        ],
      ];
      for (const [what, response, status, code] of cases) {
        expect({
          what,
          status: response.statusCode,
          code: response.json<{ error: string }>().error,
        }).toEqual({
          what,
          status,
          code,
        });
        expect(response.json<{ message: string }>().message.length).toBeGreaterThan(10);
      }
      expect(await counts(server)).toEqual(before);
    },
    SLOW,
  );

  it(
    'stores a refused op as refused, goes on with the next, and answers a replay the same',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      const [first, second, ...rest] = ops as [OpEnvelope, OpEnvelope, ...OpEnvelope[]];
      const unknownType = { ...second, type: 'case.teleport' };
      const answer = await push(server.app, counter, [first, unknownType, ...rest]);
      expect(answer.body.results[0]?.status).toBe('applied');
      expect(answer.body.results[1]).toMatchObject({ status: 'rejected', code: 'unknown-command' });
      // The op after the refused one runs; it may itself be refused by its command, since the
      // op it followed never happened, but it is decided, not blocked.
      expect(answer.body.results.slice(2).every((result) => result.status !== 'retry')).toBe(true);
      const replay = await push(server.app, counter, [first, unknownType]);
      expect(replay.body.results).toEqual([
        { opId: first.opId, status: 'duplicate' },
        expect.objectContaining({ status: 'rejected', code: 'unknown-command' }),
      ]);
    },
    SLOW,
  );

  it(
    'keeps ops it cannot decide yet out of the store: a later format, a gap, a seq already used',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      const [first, second, third] = ops as [OpEnvelope, OpEnvelope, OpEnvelope];
      const before = await counts(server);
      const future = await push(server.app, counter, [{ ...first, schemaVersion: 2 }]);
      expect(future.body.results[0]).toMatchObject({ status: 'retry', code: 'schema-too-new' });
      const gap = await push(server.app, counter, [second]);
      expect(gap.body.results[0]).toMatchObject({ status: 'retry', code: 'out-of-order' });
      expect(await counts(server)).toEqual(before);

      await push(server.app, counter, [first, second]);
      const reused = await push(server.app, counter, [
        { ...third, opId: '0190a0b0-0000-7000-8000-00000000abcd', seq: 2 },
      ]);
      expect(reused.body).toMatchObject({
        lastSeq: 2,
        results: [{ status: 'retry', code: 'seq-behind' }],
      });
    },
    SLOW,
  );

  it(
    'takes the author’s roles from its own accounts: an unknown account is refused',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      const [first] = ops as [OpEnvelope];
      const answer = await push(server.app, counter, [
        { ...first, userId: 'dinsos-bulukumba:tamu' },
      ]);
      expect(answer.body.results[0]).toMatchObject({ status: 'rejected', code: 'user-unknown' });
      const ahead = await push(server.app, counter, [
        {
          ...(ops[1] as OpEnvelope),
          clientTime: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        },
      ]);
      expect(ahead.body.results[0]).toMatchObject({ status: 'rejected', code: 'clock-ahead' });
    },
    SLOW,
  );

  it(
    'refuses a revoked token on its very next call, and calls without a token',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      expect((await push(server.app, counter, ops.slice(0, 1))).statusCode).toBe(200);
      expect(await revokeDevice(server.db, officeA, counter.deviceId)).toBe(true);
      const refused = await push(server.app, counter, ops.slice(1, 2));
      expect(refused.statusCode).toBe(401);
      expect(refused.body).toMatchObject({ error: 'token-revoked' });
      const pulled = await server.app.inject({ url: '/v1/pull', headers: counter.headers });
      expect(pulled.json()).toMatchObject({ error: 'token-revoked' });
      const anonymous = await server.app.inject({ url: '/v1/pull' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: 'token-missing' });
      const forged = await server.app.inject({
        url: '/v1/pull',
        headers: { authorization: 'Bearer lkt_forged' },
      });
      expect(forged.json()).toMatchObject({ error: 'token-unknown' });
    },
    SLOW,
  );

  it(
    'keeps offices apart: another office’s device cannot touch or read the cases',
    async () => {
      const { server, counter, ops } = await counterWithOps(kind);
      await push(server.app, counter, ops);
      const before = await server.db.query(
        "SELECT record_id, changed_seq FROM records WHERE kind = 'case'",
      );
      const stranger = await server.enrollDevice(officeB, 'Loket Solok');
      await createSeedStaff(server.db, officeB);
      // Office A's ops, A's case ids, sent with B's token as B's own device.
      const foreign = ops.map((op, index) => ({ ...op, seq: index + 1 }));
      const answer = await push(server.app, stranger, foreign);
      expect(answer.body.results.filter((result) => result.status === 'applied')).toEqual([]);
      const after = await server.db.query(
        "SELECT record_id, changed_seq FROM records WHERE kind = 'case'",
      );
      expect(after.rows).toEqual(before.rows);
      const pulled = await pullAll(server.app, stranger);
      expect(pulled.records.filter((record) => record.kind !== 'user')).toEqual([]);
      expect(pulled.records.every((record) => record.id.startsWith(`${officeB}:`))).toBe(true);
      expect(
        (
          await server.db.query('SELECT 1 FROM ops WHERE office_id = $1 AND outcome = $2', [
            officeB,
            'applied',
          ])
        ).rows,
      ).toEqual([]);
    },
    SLOW,
  );
});

/** Bytes gzip cannot shrink. */
function cryptoNoise(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = 2463534242;
  for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
