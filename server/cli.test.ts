import { afterEach, describe, expect, it } from 'vitest';
import { runAdminCommand, UsageError } from './cli';
import { migrate } from './db/migrate';
import { openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';
import { enroll } from './enrolment';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function database() {
  const test = await openTestDatabase('pglite');
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
