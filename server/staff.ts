// Staff accounts the server itself creates (`npm run server -- create-admin`): written as the
// office's `user` records, exactly as a `user.create` op would store them, so every counter of
// the office pulls them and can sign in with them.
import { userRecordSchema, type UserRecord } from '../shared/users/user';
import { parseWith } from '../shared/letters/verification/parseWith';
import type { Database } from './db/database';
import { readRecord, writeRecords } from './sync/records';

export class AccountRefused extends Error {}

export async function createUser(db: Database, officeId: string, user: UserRecord): Promise<void> {
  const parsed = parseWith(userRecordSchema, user);
  if (!parsed.ok) throw new AccountRefused(parsed.details);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM offices WHERE office_id = $1', [officeId]);
    if (rows.length === 0) throw new AccountRefused(`no office ${officeId}`);
    if (await readRecord(tx, officeId, 'user', user.id)) {
      throw new AccountRefused(`account ${user.id} exists in ${officeId}`);
    }
    await writeRecords(tx, officeId, [{ kind: 'user', id: user.id, body: parsed.value }], null);
  });
}
