import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { migrate } from './db/migrate';
import { backends, openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';
import { createOffice, issueEnrolmentCode, listDevices, revokeDevice } from './enrolment';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function server(kind: 'postgres' | 'pglite') {
  const test = await openTestDatabase(kind);
  opened.push(test);
  await migrate(test.db);
  await createOffice(test.db, 'dinsos-bulukumba', 'Dinas Sosial Kabupaten Bulukumba');
  await createOffice(test.db, 'dinsos-solok', 'Dinas Sosial Kota Solok');
  return { db: test.db, app: buildApp({ db: test.db }) };
}

describe.each(backends)('enrolment on %s', (kind) => {
  it('trades a code for a device bound to the code’s office, once', async () => {
    const { db, app } = await server(kind);
    const { code } = await issueEnrolmentCode(db, 'dinsos-bulukumba');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const first = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code: typed, label: 'Loket 1 SLRT' },
    });
    expect(first.statusCode).toBe(201);
    const body = first.json<{ deviceId: string; officeId: string; token: string }>();
    expect(body.officeId).toBe('dinsos-bulukumba');
    expect(body.token).toMatch(/^lkt_[A-Za-z0-9_-]{43}$/);
    const devices = await listDevices(db, 'dinsos-bulukumba');
    expect(devices).toMatchObject([
      { deviceId: body.deviceId, label: 'Loket 1 SLRT', revokedAt: null },
    ]);
    expect(await listDevices(db, 'dinsos-solok')).toEqual([]);
    const stored = await db.query<{ token_hash: Buffer }>('SELECT token_hash FROM devices');
    expect(Buffer.from(stored.rows[0]?.token_hash ?? []).toString('utf8')).not.toContain(
      body.token,
    );

    const again = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code, label: 'Loket 2' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: 'code-used',
      message: expect.stringMatching(/sudah dipakai/),
    });
    expect(await listDevices(db, 'dinsos-bulukumba')).toHaveLength(1);
    await app.close();
  });

  it('refuses an expired code and an unknown one, and enrols nothing', async () => {
    const { db, app } = await server(kind);
    const { code } = await issueEnrolmentCode(db, 'dinsos-bulukumba', {
      now: new Date(Date.now() - 25 * 3_600_000),
    });
    const expired = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code, label: 'x' },
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: 'code-expired' });
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code: '0000-0000-0000', label: 'x' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ error: 'unknown-code' });
    expect(await listDevices(db, 'dinsos-bulukumba')).toEqual([]);
    await app.close();
  });

  it.each([
    ['no body', undefined],
    ['a wrong type', { code: 42, label: 'x' }],
    ['an unknown key', { code: '0000-0000-0000', label: 'x', officeId: 'dinsos-solok' }],
    ['a code of letters the alphabet lacks', { code: 'IIII-LLLL-OOOO', label: 'x' }],
    ['an empty label', { code: '0000-0000-0000', label: '  ' }],
  ])('answers %s with malformed in Indonesian', async (_what, payload) => {
    const { app } = await server(kind);
    const response = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      headers: { 'content-type': 'application/json' },
      payload: payload === undefined ? '' : JSON.stringify(payload),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'malformed', message: expect.any(String) });
    await app.close();
  });

  it('revokes a device at once, and only in its own office', async () => {
    const { db, app } = await server(kind);
    const { code } = await issueEnrolmentCode(db, 'dinsos-bulukumba');
    const enrolled = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code, label: 'Loket 1' },
    });
    const { deviceId } = enrolled.json<{ deviceId: string }>();
    expect(await revokeDevice(db, 'dinsos-solok', deviceId)).toBe(false);
    expect(await revokeDevice(db, 'dinsos-bulukumba', deviceId)).toBe(true);
    expect(await revokeDevice(db, 'dinsos-bulukumba', deviceId)).toBe(false);
    const [device] = await listDevices(db, 'dinsos-bulukumba');
    expect(device?.revokedAt).toBeInstanceOf(Date);
    await app.close();
  });
});
