import type { UserRecord } from './user';

/**
 * Where staff accounts live. The renderer backs it with the Dexie `users` table; tests
 * use `createMemoryUserStore`.
 */
export interface UserStore {
  /** Every account, active or not, in the order they were created. */
  list(): Promise<UserRecord[]>;
  get(id: string): Promise<UserRecord | undefined>;
  put(user: UserRecord): Promise<void>;
}

export function createMemoryUserStore(initial: readonly UserRecord[] = []): UserStore {
  const users = new Map(initial.map((user) => [user.id, user]));
  return {
    list: async () => [...users.values()],
    get: async (id) => users.get(id),
    put: async (user) => {
      users.set(user.id, user);
    },
  };
}
