import { useCallback, useEffect, useState } from 'react';
import type { UserRecord } from '../../../shared/users/user';
import { localData } from './useSession';

/** Every account on the device (null while loading), and a way to read them again. */
export function useAccounts(): { users: UserRecord[] | null; reload: () => Promise<void> } {
  const [users, setUsers] = useState<UserRecord[] | null>(null);
  const reload = useCallback(async () => {
    setUsers(await localData().users.list());
  }, []);
  useEffect(() => {
    let current = true;
    void localData()
      .users.list()
      .then((list) => {
        if (current) setUsers(list);
      });
    return () => {
      current = false;
    };
  }, []);
  return { users, reload };
}
