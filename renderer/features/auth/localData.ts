import { uuidv7 } from 'uuidv7';
import { parseProfile } from '../../../shared/office/parseProfile';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { UserStore } from '../../../shared/users/store';
import type { UserRecord } from '../../../shared/users/user';
import type { LoketDb } from '../../db/database';
import { readMeta, writeMeta } from '../../db/meta';

/** What sign-in, set-up and settings keep on the device. */
export interface LocalData {
  users: UserStore;
  /** The office profile in force; undefined before set-up (or when it no longer validates). */
  loadProfile(): Promise<OfficeProfile | undefined>;
  saveProfile(profile: OfficeProfile): Promise<void>;
  /** This device's id, made once (UUIDv7) and kept in `meta`. */
  deviceId(): Promise<string>;
  /** First start: the profile and the first accounts land together or not at all. */
  completeSetup(profile: OfficeProfile, users: readonly UserRecord[]): Promise<void>;
}

/** The Dexie-backed store: `users` table, and `meta` for the profile and the device id. */
export function dexieLocalData(db: LoketDb): LocalData {
  const writeProfile = async (profile: OfficeProfile) => {
    await writeMeta(db, 'officeProfile', profile);
    // Kept beside the profile for readers of the numbering key; both change in one transaction.
    await writeMeta(db, 'numberingSettings', profile.numbering);
  };
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
    saveProfile: (profile) => db.transaction('rw', db.meta, () => writeProfile(profile)),
    deviceId: () =>
      db.transaction('rw', db.meta, async () => {
        const existing = await readMeta(db, 'deviceId');
        if (existing) return existing;
        const created = uuidv7();
        await writeMeta(db, 'deviceId', created);
        return created;
      }),
    completeSetup: (profile, users) =>
      db.transaction('rw', db.users, db.meta, async () => {
        await writeProfile(profile);
        await db.users.bulkPut([...users]);
      }),
  };
}

function byCreation(users: UserRecord[]): UserRecord[] {
  return users.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
