import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { profileFromCatalog, type OfficeProfile } from '../../shared/office/profile';
import { testUser } from '../../shared/users/testUsers';
import type { UserRecord } from '../../shared/users/user';
import type { Actor } from '../../shared/workflow/types';
import type { LoketDb } from './database';
import { executeAll } from './executeAll';
import { executeCommand } from './executeCommand';
import { catalog, contextAt, freshDb, OFFICE_ID } from './fixtures.test-helpers';
import { readMeta } from './meta';

let db: LoketDb;
afterEach(async () => {
  await db.delete();
});

const admin: Actor = { userId: 'admin-citra', roles: ['admin'] };
const pack = catalog.packs.find((candidate) => candidate.office.id === OFFICE_ID);
const profile: OfficeProfile = profileFromCatalog(pack!.office, pack!.standards);
let adminUser: UserRecord;
let clerk: UserRecord;

beforeAll(async () => {
  adminUser = await testUser({ id: admin.userId, name: 'Citra Admin', roles: ['admin'] });
  clerk = await testUser({ id: 'fo-ani', name: 'Ani Front', roles: ['fo'] });
});

const setup = (accounts: UserRecord[]) => [
  { type: 'user.create', payload: { user: adminUser } },
  { type: 'office.updateProfile', payload: { profile } },
  ...accounts.map((user) => ({ type: 'user.create', payload: { user } })),
];

describe('account and office-profile commands on the counter', () => {
  it('the first start lands the admin, the profile and the accounts together, each with its op and audit row', async () => {
    db = freshDb();
    const result = await executeAll(
      db,
      setup([clerk]),
      contextAt('2026-07-20T08:00:00+07:00', admin),
    );
    expect(result).toMatchObject({
      ok: true,
      opIds: [expect.any(String), expect.any(String), expect.any(String)],
    });
    expect((await db.users.toArray()).map((user) => user.id).sort()).toEqual([
      'admin-citra',
      'fo-ani',
    ]);
    expect(await readMeta(db, 'officeProfile')).toEqual(profile);
    expect(await readMeta(db, 'numberingSettings')).toEqual(profile.numbering);
    const ops = await db.outbox.orderBy('seq').toArray();
    expect(ops.map((op) => [op.seq, op.type])).toEqual([
      [1, 'user.create'],
      [2, 'office.updateProfile'],
      [3, 'user.create'],
    ]);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(3);
    expect(audit.every((row) => row.userId === admin.userId && row.caseId === undefined)).toBe(
      true,
    );
  });

  it('a refused account undoes the whole first start', async () => {
    db = freshDb();
    const signerWithoutNip = {
      ...clerk,
      id: 'kadis',
      roles: ['signer' as const],
      positions: ['Kepala Dinas'],
    };
    const result = await executeAll(
      db,
      setup([clerk, signerWithoutNip]),
      contextAt('2026-07-20T08:00:00+07:00', admin),
    );
    expect(result).toMatchObject({
      ok: false,
      index: 3,
      errors: [{ field: 'user.nip' }, { field: 'user.rank' }],
    });
    expect(await db.users.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await readMeta(db, 'officeProfile')).toBeUndefined();
  });

  it('an admin’s change to an account is audited; a clerk’s is refused and writes nothing', async () => {
    db = freshDb();
    await executeAll(db, setup([clerk]), contextAt('2026-07-20T08:00:00+07:00', admin));
    const refused = await executeCommand(
      db,
      'user.setActive',
      { userId: adminUser.id, active: false },
      contextAt('2026-07-20T08:01:00+07:00', { userId: clerk.id, roles: ['fo'] }),
    );
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'role-required' }] });
    const done = await executeCommand(
      db,
      'user.setActive',
      { userId: clerk.id, active: false },
      contextAt('2026-07-20T08:02:00+07:00', admin),
    );
    expect(done.ok).toBe(true);
    expect((await db.users.get(clerk.id))?.active).toBe(false);
    expect(
      (await db.audit.where('userId').equals(admin.userId).toArray()).map((row) => row.type),
    ).toEqual(['user.create', 'office.updateProfile', 'user.create', 'user.setActive']);
  });
});
