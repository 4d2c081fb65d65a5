import { afterEach, describe, expect, it } from 'vitest';
import { bo } from '../../shared/commands/harness.test-helpers';
import { issuePayload, letterKey, letterProfile } from '../../shared/commands/letters.test-helpers';
import { bulukumbaAtSignature } from '../../shared/commands/scenarios.test-helpers';
import { keyringEntryOf, type Keyring } from '../../shared/letters/verification/keys';
import { backends } from '../db/testDatabase.test-helpers';
import { closeTestServers, officeA, officeB, openTestServer } from '../testServer.test-helpers';
import { opsOf } from './accounts.test-helpers';
import { letterOffice } from './letterOffice.test-helpers';
import { pullAll, push } from './syncClient.test-helpers';

afterEach(closeTestServers);

describe.each(backends)('a key a counter made itself, on %s', (kind) => {
  it('joins its office’s keyring, so the letters it signed verify as genuine', async () => {
    const server = await letterOffice(kind, { withKey: false });
    const counter = await server.enrollDevice(officeA, 'Loket 1');
    const opened = bulukumbaAtSignature();
    opened.h.useOffice(letterProfile);
    const payload = issuePayload(opened);
    opened.h.must('letter.issue', payload, bo, new Date('2026-07-20T11:00:00+08:00'));
    await push(server.app, counter, opsOf(opened.h.journal));
    const verify = () =>
      server.app.inject({ url: `/v1/verify/${payload.verification.code}?format=json` });
    expect((await verify()).json()).toMatchObject({ status: 'unknown', code: 'key-unknown' });

    const { keyId, publicKey, createdAt } = keyringEntryOf(letterKey);
    const register = (device: typeof counter, body: Record<string, unknown>) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/keys',
        headers: device.headers,
        payload: body,
      });
    expect((await register(counter, { keyId, publicKey, createdAt })).statusCode).toBe(201);
    expect((await register(counter, { keyId, publicKey, createdAt })).statusCode).toBe(200);
    expect((await verify()).json()).toMatchObject({ status: 'genuine' });

    const other = await server.enrollDevice(officeA, 'Loket 2');
    const keyring = (await pullAll(server.app, other)).records.find(
      (change) => change.kind === 'keyring',
    );
    expect((keyring?.body as Keyring).keys.map((key) => key.keyId)).toEqual([keyId]);
    expect(JSON.stringify(keyring)).not.toContain('secretKey');
  });

  it('refuses a key whose id is not its own, and keeps offices apart', async () => {
    const server = await openTestServer(kind);
    const counter = await server.enrollDevice(officeA);
    const stranger = await server.enrollDevice(officeB);
    const { keyId, publicKey, createdAt } = keyringEntryOf(letterKey);
    const forged = await server.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: counter.headers,
      payload: { keyId: 'ABCDEFGH', publicKey, createdAt },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json()).toMatchObject({ error: 'malformed' });
    await server.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: stranger.headers,
      payload: { keyId, publicKey, createdAt },
    });
    const { rows } = await server.db.query('SELECT office_id FROM office_keys');
    expect(rows).toEqual([{ office_id: officeB }]);
  });
});
