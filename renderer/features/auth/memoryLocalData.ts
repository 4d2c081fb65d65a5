import type { OfficeProfile } from '../../../shared/office/profile';
import { createMemoryUserStore } from '../../../shared/users/store';
import type { UserRecord } from '../../../shared/users/user';
import type { LocalData } from './localData';

/** LocalData in memory, for tests of the stores and screens that use it. */
export function memoryLocalData(
  initial: { users?: readonly UserRecord[]; profile?: OfficeProfile; deviceId?: string } = {},
): LocalData {
  const users = createMemoryUserStore(initial.users);
  const profile = initial.profile;
  const deviceId = initial.deviceId ?? 'device-test';
  return {
    users,
    loadProfile: async () => profile,
    deviceId: async () => deviceId,
  };
}
