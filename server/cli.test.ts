import { afterEach, describe, expect, it } from 'vitest';
import { runAdminCommand, UsageError } from './cli';
import { migrate } from './db/migrate';
import { backends, openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';
import { enroll } from './enrolment';
import { verifyPin } from '../shared/users/pin';
import type { Keyring, OfficeKey } from '../shared/letters/verification/keys';
import type { UserRecord } from '../shared/users/user';
import { readRecord } from './sync/records';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function database() {
  const test = await openTestDatabase(backends[0] ?? 'pglite');
  opened.push(test);
  await migrate(test.db);
  return test.db;
}

describe('the admin commands', () => {
  it('create an office, issue a code, list and revoke the device it enrolled', async () => {
    const db = await database();
    expect(
      await runAdminCommand(db, [
        'create-office',
        'dinsos-solok',
        'Dinas',
        'Sosial',
        'Kota',
        'Solok',
      ]),
    ).toEqual(['office dinsos-solok created: Dinas Sosial Kota Solok']);
    const [line] = await runAdminCommand(db, ['issue-code', 'dinsos-solok', '2']);
    const code = /: ([0-9A-Z-]{14}) /.exec(line ?? '')?.[1] ?? '';
    const enrolled = await enroll(db, { code, label: 'Loket 1' });
    if (!enrolled.ok) throw new Error(enrolled.code);
    expect(await runAdminCommand(db, ['devices', 'dinsos-solok'])).toEqual([
      expect.stringMatching(new RegExp(`^${enrolled.value.deviceId}  Loket 1  enrolled `)),
    ]);
    expect(await runAdminCommand(db, ['revoke', 'dinsos-solok', enrolled.value.deviceId])).toEqual([
      `device ${enrolled.value.deviceId} revoked`,
    ]);
    expect((await runAdminCommand(db, ['devices', 'dinsos-solok']))[0]).toMatch(/revoked /);
  });

  it('create an admin the office’s counters can pull, with a one-time PIN that is stored hashed', async () => {
    const db = await database();
    await runAdminCommand(db, ['create-office', 'dinsos-solok', 'Dinas Sosial Kota Solok']);
    const lines = await runAdminCommand(db, ['create-admin', 'dinsos-solok', 'Yulia', 'Rahmi']);
    const id = /account ([0-9a-f-]{36})/.exec(lines[0] ?? '')?.[1] ?? '';
    const pin = /PIN: (\d{6})/.exec(lines[1] ?? '')?.[1] ?? '';
    const stored = await readRecord(db, 'dinsos-solok', 'user', id);
    const user = stored?.body as UserRecord;
    expect(user).toMatchObject({ name: 'Yulia Rahmi', roles: ['admin'], active: true });
    expect(JSON.stringify(user)).not.toContain(`"${pin}"`);
    expect(await verifyPin(pin, user.pin)).toBe(true);
    await expect(runAdminCommand(db, ['create-admin', 'dinsos-nowhere', 'X Y'])).rejects.toThrow(
      /no office/,
    );
  });

  it('rotate the signing key: a new current key for pull, every earlier one kept in the keyring', async () => {
    const db = await database();
    await runAdminCommand(db, ['create-office', 'dinsos-solok', 'Dinas Sosial Kota Solok']);
    const first = /key (\w{8})/.exec(
      (await runAdminCommand(db, ['rotate-key', 'dinsos-solok']))[0] ?? '',
    )?.[1];
    const second = /key (\w{8})/.exec(
      (await runAdminCommand(db, ['rotate-key', 'dinsos-solok']))[0] ?? '',
    )?.[1];
    expect(first).not.toBe(second);
    const current = (await readRecord(db, 'dinsos-solok', 'officeKey', 'dinsos-solok'))
      ?.body as OfficeKey;
    expect(current.keyId).toBe(second);
    const keyring = (await readRecord(db, 'dinsos-solok', 'keyring', 'dinsos-solok'))
      ?.body as Keyring;
    expect(keyring.keys.map((key) => key.keyId)).toEqual([first, second]);
    expect(JSON.stringify(keyring)).not.toContain('secretKey');
    const { rows } = await db.query('SELECT key_id FROM office_keys WHERE retired_at IS NULL');
    expect(rows).toEqual([{ key_id: second }]);
  });

  it('list the open conflicts of an office', async () => {
    const db = await database();
    await runAdminCommand(db, ['create-office', 'dinsos-solok', 'Dinas Sosial Kota Solok']);
    expect(await runAdminCommand(db, ['conflicts', 'dinsos-solok'])).toEqual([
      'dinsos-solok has no open conflicts',
    ]);
    await db.query(
      `INSERT INTO conflicts (office_id, kind, record_id, field, kept, lost, rule)
       VALUES ('dinsos-solok', 'case', 'c-1', 'priority', '"chronic"', '"emergency"', 'later-arrival')`,
    );
    expect(await runAdminCommand(db, ['conflicts', 'dinsos-solok'])).toEqual([
      expect.stringMatching(
        /case c-1 {2}priority: kept "chronic", lost "emergency" \(later-arrival\)$/,
      ),
    ]);
  });

  it.each([
    [['frobnicate']],
    [['create-office', 'dinsos-solok']],
    [['issue-code', 'dinsos-solok', 'besok']],
    [['revoke', 'dinsos-solok', '../etc']],
  ])('refuse %j with the usage', async (args) => {
    const db = await database();
    await expect(runAdminCommand(db, args)).rejects.toBeInstanceOf(UsageError);
  });
});
