// The first account of an office may come from a counter set up before it was enrolled: its
// set-up admin creates itself. Once the office has an account, that door is shut.
import { uuidv7 } from 'uuidv7';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpEnvelope } from '../../shared/sync/push';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, openTestServer } from '../testServer.test-helpers';
import { accountOf } from './accounts.test-helpers';
import { push } from './syncClient.test-helpers';

afterEach(closeTestServers);

const selfCreated = (seq: number, name: string): OpEnvelope => {
  const user = accountOf({ userId: `${officeA}:${uuidv7()}`, roles: ['admin'] }, name, seq);
  return {
    opId: uuidv7(),
    seq,
    schemaVersion: 1,
    type: 'user.create',
    userId: user.id,
    clientTime: new Date().toISOString(),
    payload: { user },
  };
};

describe.each(backends)('the first account of an office on %s', (kind) => {
  it('is created by itself once, and never again after', async () => {
    const server = await openTestServer(kind);
    const first = await server.enrollDevice(officeA, 'Loket 1');
    const second = await server.enrollDevice(officeA, 'Loket 2');
    const setUp = await push(server.app, first, [selfCreated(1, 'Admin Pertama')]);
    expect(setUp.body.results.map((result) => result.status)).toEqual(['applied']);

    const intruder = await push(server.app, second, [selfCreated(1, 'Admin Kedua')]);
    expect(intruder.body.results).toMatchObject([{ status: 'rejected', code: 'user-unknown' }]);
    const { rows } = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM records WHERE office_id = $1 AND kind = 'user'`,
      [officeA],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
