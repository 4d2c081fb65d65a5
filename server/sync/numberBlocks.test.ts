import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../db/testDatabase.test-helpers';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
  type TestDevice,
} from '../testServer.test-helpers';
import type { TestServer } from '../testServer.test-helpers';

afterEach(closeTestServers);

const take = (server: TestServer, device: TestDevice, payload: Record<string, unknown>) =>
  server.app.inject({ method: 'POST', url: '/v1/number-blocks', headers: device.headers, payload });

describe.each(backends)('number blocks on %s', (kind) => {
  it('hands each counter the next numbers of its office, never the same twice, even at once', async () => {
    const server = await openTestServer(kind);
    const counters = await Promise.all(
      [1, 2, 3, 4].map((n) => server.enrollDevice(officeA, `Loket ${n}`)),
    );
    const other = await server.enrollDevice(officeB, 'Loket Solok');
    const answers = await Promise.all(
      counters.flatMap((counter) => [
        take(server, counter, { year: 2026, size: 50 }),
        take(server, counter, { year: 2026, size: 50 }),
      ]),
    );
    const blocks = answers.map((answer) => {
      expect(answer.statusCode).toBe(201);
      return answer.json<{ officeId: string; deviceId: string; start: number; end: number }>();
    });
    const starts = blocks.map((block) => block.start).sort((a, b) => a - b);
    expect(starts).toEqual([1, 51, 101, 151, 201, 251, 301, 351]);
    expect(
      blocks.every((block) => block.officeId === officeA && block.end === block.start + 49),
    ).toBe(true);
    // Another office counts from 1, and a new year starts again.
    expect((await take(server, other, { year: 2026, size: 10 })).json()).toMatchObject({
      officeId: officeB,
      start: 1,
      end: 10,
    });
    expect(
      (await take(server, counters[0] as TestDevice, { year: 2027, size: 10 })).json(),
    ).toMatchObject({ start: 1 });
  });

  it('refuses a malformed request and a request without a token', async () => {
    const server = await openTestServer(kind);
    const counter = await server.enrollDevice(officeA);
    for (const payload of [
      { year: 2026 },
      { year: 2026, size: 0 },
      { year: 'tahun ini', size: 5 },
      { year: 2026, size: 5, deviceId: 'x' },
    ]) {
      const answer = await take(server, counter, payload);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: 'malformed' });
    }
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/v1/number-blocks',
      payload: { year: 2026, size: 5 },
    });
    expect(anonymous.statusCode).toBe(401);
    const { rows } = await server.db.query('SELECT 1 FROM number_blocks');
    expect(rows).toEqual([]);
  });

  it('keeps the block a counter took before it was enrolled, unless another counter has those numbers', async () => {
    const server = await openTestServer(kind);
    const first = await server.enrollDevice(officeA, 'Loket 1');
    const second = await server.enrollDevice(officeA, 'Loket 2');
    const claimed = await take(server, first, { year: 2026, start: 1, end: 500 });
    expect(claimed.statusCode).toBe(201);
    expect(claimed.json()).toMatchObject({ deviceId: first.deviceId, start: 1, end: 500 });
    // Claimed again (the answer was lost): the same block, nothing new.
    expect((await take(server, first, { year: 2026, start: 1, end: 500 })).statusCode).toBe(200);
    // The next block of the office comes after it.
    expect((await take(server, second, { year: 2026, size: 100 })).json()).toMatchObject({
      start: 501,
      end: 600,
    });
    const refused = await take(server, second, { year: 2026, start: 450, end: 520 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: 'block-taken',
      message: expect.stringContaining('sudah dipegang loket lain'),
    });
    expect((await take(server, second, { year: 2026, start: 9, end: 1 })).statusCode).toBe(400);
  });
});
