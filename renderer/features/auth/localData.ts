import { uuidv7 } from 'uuidv7';
import { parseProfile } from '../../../shared/office/parseProfile';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { UserStore } from '../../../shared/users/store';
import type { UserRecord } from '../../../shared/users/user';
import type { LoketDb } from '../../db/database';
import { readMeta, writeMeta } from '../../db/meta';

/**
 * What sign-in reads and keeps on the device. Accounts and the profile change only by
 * commands (`user.*`, `office.updateProfile`); `users.put` is for the lockout counters.
 */
export interface LocalData {
  users: UserStore;
  /** The office profile in force; undefined before set-up (or when it no longer validates). */
  loadProfile(): Promise<OfficeProfile | undefined>;
  /** This device's id, made once (UUIDv7) and kept in `meta`. */
  deviceId(): Promise<string>;
}

/** The Dexie-backed store: `users` table, and `meta` for the profile and the device id. */
export function dexieLocalData(db: LoketDb): LocalData {
  return {
    users: {
      list: () => db.users.toArray().then(byCreation),
      get: (id) => db.users.get(id),
      put: async (user) => {
        await db.users.put(user);
      },
    },
    loadProfile: async () => {
      const stored = await readMeta(db, 'officeProfile');
      if (stored === undefined) return undefined;
      const parsed = parseProfile(stored);
      return parsed.ok ? parsed.profile : undefined;
    },
    deviceId: () =>
      db.transaction('rw', db.meta, async () => {
        const existing = await readMeta(db, 'deviceId');
        if (existing) return existing;
        const created = uuidv7();
        await writeMeta(db, 'deviceId', created);
        return created;
      }),
  };
}

function byCreation(users: UserRecord[]): UserRecord[] {
  return users.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
