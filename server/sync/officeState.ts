// What every op of a batch decides with: the catalog, the holidays, the office profile in force
// and the staff accounts, read once per batch and read again after an op changes them.
import type { OfficeProfile } from '../../shared/office/profile';
import { profileFromCatalog } from '../../shared/office/profile';
import type { Catalog } from '../../shared/standards/catalog';
import { seedCatalog } from '../../shared/standards/seeds';
import type { UserRecord } from '../../shared/users/user';
import { holidayDates } from '../../shared/workflow';
import type { BatchRecords } from './batchRecords';
import type { StoredRecord } from './records';

export const serverCatalog: Catalog = seedCatalog();
export const serverHolidays: readonly string[] = holidayDates();

/** The office's starting profile from the catalog, when it is one of the catalog's offices. */
export function catalogProfile(officeId: string): OfficeProfile | undefined {
  const pack = serverCatalog.packs.find((candidate) => candidate.office.id === officeId);
  return pack ? profileFromCatalog(pack.office, pack.standards) : undefined;
}

export interface OfficeState {
  /** The profile the office stored (`office.updateProfile`), else its catalog profile. */
  profile(): Promise<OfficeProfile | undefined>;
  users(): Promise<UserRecord[]>;
  /** The accounts as stored, with who wrote each version (for echo.ts). */
  userRecords(): Promise<StoredRecord<'user'>[]>;
  /** Forget what was read: an op changed the profile or the accounts. */
  changed(what: { profile?: boolean; users?: boolean }): void;
}

export function officeState(records: BatchRecords, officeId: string): OfficeState {
  let profile: Promise<OfficeProfile | undefined> | undefined;
  let users: Promise<StoredRecord<'user'>[]> | undefined;
  const userRecords = () => (users ??= records.all('user'));
  return {
    profile: () =>
      (profile ??= records
        .get('officeProfile', officeId)
        .then((stored) => stored?.body ?? catalogProfile(officeId))),
    users: () => userRecords().then((rows) => rows.map((row) => row.body)),
    userRecords,
    changed(what) {
      if (what.profile) profile = undefined;
      if (what.users) users = undefined;
    },
  };
}
