import { openLoketDb } from '../../db/database';
import { dexieLocalData, type LocalData } from './localData';
import { storagePersistence } from './sessionRecord';
import { createSessionStore } from './sessionStore';

let local: LocalData | undefined;

/** The device's accounts and profile, opened on first use. */
export function localData(): LocalData {
  local ??= dexieLocalData(openLoketDb());
  return local;
}

/**
 * Who is at the counter: `user`, `actor` (for the workflow engine), `deviceId`, the
 * `office` profile, and `lock()` / `logout()`.
 */
export const useSession = createSessionStore({
  data: localData,
  persistence: storagePersistence(window.sessionStorage),
});
