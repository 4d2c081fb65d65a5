// Calls of the sync endpoints as a counter makes them, through `app.inject`.
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { PulledRecord, PullPage } from '../../shared/sync/pull';
import { pullPagesOf } from '../../shared/sync/pullStream';
import type { OpEnvelope, PushResponse } from '../../shared/sync/push';
import type { TestDevice } from '../testServer.test-helpers';

export async function push(
  app: FastifyInstance,
  device: TestDevice,
  ops: readonly OpEnvelope[],
): Promise<{ statusCode: number; body: PushResponse }> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/push',
    headers: { ...device.headers, 'content-type': 'application/json', 'content-encoding': 'gzip' },
    payload: gzipSync(JSON.stringify({ deviceId: device.deviceId, ops })),
  });
  return { statusCode: response.statusCode, body: response.json<PushResponse>() };
}

/** Pushes every op in batches of `size`, expecting each batch to be answered. */
export async function pushAll(
  app: FastifyInstance,
  device: TestDevice,
  ops: readonly OpEnvelope[],
  size = 200,
): Promise<PushResponse['results']> {
  const results: PushResponse['results'] = [];
  for (let i = 0; i < ops.length; i += size) {
    const answer = await push(app, device, ops.slice(i, i + size));
    if (answer.statusCode !== 200) throw new Error(`push answered ${answer.statusCode}`);
    results.push(...answer.body.results);
  }
  return results;
}

export async function pullOnce(
  app: FastifyInstance,
  device: TestDevice,
  cursor?: string,
  limit?: number,
): Promise<PullPage> {
  const query = new URLSearchParams();
  if (cursor !== undefined) query.set('cursor', cursor);
  if (limit !== undefined) query.set('limit', String(limit));
  const response = await app.inject({
    method: 'GET',
    url: `/v1/pull?${query}`,
    headers: device.headers,
  });
  if (response.statusCode !== 200)
    throw new Error(`pull answered ${response.statusCode}: ${response.body}`);
  const pages = pullPagesOf(response.body);
  const last = pages.at(-1);
  if (!last) throw new Error('pull answered without a checkpoint');
  return { changes: pages.flatMap((page) => page.changes), cursor: last.cursor, more: last.more };
}

/** Pulls page after page until nothing more waits; returns every record and the last cursor. */
export async function pullAll(
  app: FastifyInstance,
  device: TestDevice,
  from?: string,
  limit?: number,
): Promise<{ records: PulledRecord[]; cursor: string }> {
  const records: PulledRecord[] = [];
  let cursor = from;
  for (;;) {
    const page = await pullOnce(app, device, cursor, limit);
    records.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) return { records, cursor };
  }
}
