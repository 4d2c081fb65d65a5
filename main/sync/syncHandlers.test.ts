// Main's sync handlers (syncHandlers.ts) in plain Node against the real sync server on the real
// database, called as the renderer calls them: through the preload's API, the IPC gate and a
// structured clone each way (desktopMain.test-helpers.ts). Only Electron's safeStorage is a fake.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleKeyOfToken } from '../../shared/sync/bundle';
import { pullPagesOf } from '../../shared/sync/pullStream';
import { backends } from '../../server/db/testDatabase.test-helpers';
import { issueEnrolmentCode, listDevices, revokeDevice } from '../../server/enrolment';
import { serverMessages } from '../../server/messages';
import {
  closeTestServers,
  officeA,
  officeB,
  openTestServer,
} from '../../server/testServer.test-helpers';
import { listening, openDesktopMain, type DesktopMain } from './desktopMain.test-helpers';

const opened: DesktopMain[] = [];
afterEach(async () => {
  for (const main of opened.splice(0)) await main.close();
  await closeTestServers();
});

async function desktopMain(): Promise<DesktopMain> {
  const main = await openDesktopMain();
  opened.push(main);
  return main;
}

/** An address on loopback where nothing listens. */
async function deadAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** A server with office A and B, and a desktop main enrolled with office A. */
async function enrolled(kind: 'postgres' | 'pglite') {
  const server = await openTestServer(kind);
  const url = await listening(server);
  const main = await desktopMain();
  const { code } = await issueEnrolmentCode(server.db, officeA);
  const answer = await main.api.syncEnrol({
    serverUrl: url,
    code,
    label: 'Loket 1',
    officeId: officeA,
  });
  if (!answer.ok || !answer.value.ok)
    throw new Error(`enrolment failed: ${JSON.stringify(answer)}`);
  return { server, url, main, deviceId: answer.value.value.deviceId };
}

describe.each(backends)('main’s sync handlers against the server on %s', (kind) => {
  it('enrol at the address typed: main seals the token, the renderer gets everything but it', async () => {
    const server = await openTestServer(kind);
    const url = await listening(server);
    const main = await desktopMain();
    const { code } = await issueEnrolmentCode(server.db, officeA);

    const answer = await main.api.syncEnrol({
      serverUrl: url,
      code: code.toLowerCase().replaceAll('-', ' '),
      label: 'Loket 1 SLRT',
      officeId: officeA,
    });
    expect(answer).toEqual({
      ok: true,
      value: {
        ok: true,
        value: {
          deviceId: expect.any(String),
          officeId: officeA,
          label: 'Loket 1 SLRT',
          serverUrl: url,
        },
      },
    });
    const deviceId = answer.ok && answer.value.ok ? answer.value.value.deviceId : '';
    expect((await listDevices(server.db, officeA)).map((device) => device.deviceId)).toEqual([
      deviceId,
    ]);

    // On disk only the secret store's ciphertext; opened, it is the device's token.
    const sealed = await readFile(main.tokenPath);
    const { result: token } = await main.safeStorage.decryptStringAsync(sealed);
    expect(token.length).toBeGreaterThanOrEqual(16);
    expect(sealed.includes(Buffer.from(token))).toBe(false);
    const pulled = await fetch(`${url}/v1/pull`, { headers: { authorization: `Bearer ${token}` } });
    expect(pulled.status).toBe(200);
    await pulled.text();
    expect(JSON.stringify(answer)).not.toContain(token);

    // Main keeps the address with it, in its settings file.
    expect(main.settings().serverUrl).toBe(url);
    expect(JSON.parse(await readFile(main.settingsPath, 'utf8'))).toMatchObject({ serverUrl: url });
    expect(await main.api.deviceStatus()).toEqual({ ok: true, value: { enrolled: true } });
    // The USB-stick bundles' key is derived from the token, and is not the token.
    const key = await main.api.syncBundleKey();
    expect(key).toEqual({ ok: true, value: bundleKeyOfToken(token) });
    expect(Buffer.from(key.ok ? key.value : []).toString('latin1')).not.toContain(token);
  });

  it('refuse a code of another office, and keep neither token nor address', async () => {
    const server = await openTestServer(kind);
    const url = await listening(server);
    const main = await desktopMain();
    const { code } = await issueEnrolmentCode(server.db, officeB);
    const answer = await main.api.syncEnrol({
      serverUrl: url,
      code,
      label: 'Loket 1',
      officeId: officeA,
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'device', failure: 'refused', code: 'other-office' } },
    });
    expect(answer.ok && !answer.value.ok ? answer.value.failure.message : '').toContain(officeB);
    await expect(readFile(main.tokenPath)).rejects.toThrow(/ENOENT/);
    expect(main.settings().serverUrl).toBeNull();
    expect(await main.api.deviceStatus()).toEqual({ ok: true, value: { enrolled: false } });
  });

  it('answer the server’s refusal with its status, code and Indonesian message', async () => {
    const server = await openTestServer(kind);
    const url = await listening(server);
    const main = await desktopMain();
    const unknown = await main.api.syncEnrol({
      serverUrl: url,
      code: 'ABCD-EFGH-JKMN',
      label: 'Loket 1',
      officeId: null,
    });
    expect(unknown).toEqual({
      ok: true,
      value: {
        ok: false,
        failure: {
          kind: 'http',
          status: 401,
          code: 'unknown-code',
          message: serverMessages.enroll['unknown-code'],
        },
      },
    });

    const { code } = await issueEnrolmentCode(server.db, officeA);
    const again = await main.api.syncEnrol({
      serverUrl: url,
      code,
      label: 'Loket 1',
      officeId: null,
    });
    const deviceId = again.ok && again.value.ok ? again.value.value.deviceId : '';
    await revokeDevice(server.db, officeA, deviceId);
    expect(await main.api.syncNumberBlock({ year: 2026, size: 10 })).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'http', status: 401, code: 'token-revoked' } },
    });
    // A HEAD answer has no body to name its code: the status still says it.
    expect(await main.api.syncBlobState('a'.repeat(64))).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'http', status: 401, code: 'http-401' } },
    });
  });

  it('answer the device’s own failure before enrolment, and the link’s when the server is gone', async () => {
    const main = await desktopMain();
    expect(await main.api.syncPull({})).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'device', failure: 'auth', code: 'not-enrolled' } },
    });
    expect(await main.api.syncProbe()).toEqual({ ok: true, value: false });
    const nowhere = await main.api.syncEnrol({
      serverUrl: await deadAddress(),
      code: 'ABCD-EFGH-JKMN',
      label: 'Loket 1',
      officeId: null,
    });
    expect(nowhere).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'link', name: 'TypeError' } },
    });

    // Enrolled, then the address stops answering (the server moved; the admin types the new one).
    const { main: moved } = await enrolled(kind);
    expect(await moved.api.syncProbe()).toEqual({ ok: true, value: true });
    const saved = await moved.api.saveSettings({
      ...moved.settings(),
      serverUrl: await deadAddress(),
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await moved.api.syncProbe()).toEqual({ ok: true, value: false });
    const failed = await moved.api.syncPush(new Uint8Array([0x1f, 0x8b]));
    expect(failed).toMatchObject({
      ok: true,
      value: { ok: false, failure: { kind: 'link', name: 'TypeError' } },
    });
    expect(failed.ok && !failed.value.ok ? failed.value.failure.message : '').toMatch(
      /ECONNREFUSED/,
    );
  });

  it('pull one response of at most `limit` records, ending at a checkpoint', async () => {
    const { main } = await enrolled(kind);
    const answer = await main.api.syncPull({ limit: 1 });
    expect(answer).toMatchObject({ ok: true, value: { ok: true, value: { brokeOff: null } } });
    const text = answer.ok && answer.value.ok ? answer.value.value.text : '';
    const pages = pullPagesOf(text);
    expect(pages.flatMap((page) => page.changes).length).toBeLessThanOrEqual(1);
    expect(pages.at(-1)?.cursor).toEqual(expect.any(String));
  });

  it('refuse arguments beyond their bounds at the gate, before a request is made', async () => {
    const { main } = await enrolled(kind);
    expect(await main.api.syncPull({ limit: 100_000 })).toMatchObject({ ok: false });
    expect(await main.api.syncPush(new Uint8Array(256 * 1024 + 1))).toMatchObject({ ok: false });
    expect(main.logged.filter((line) => line.includes('invalid arguments'))).toHaveLength(2);
  });
});
