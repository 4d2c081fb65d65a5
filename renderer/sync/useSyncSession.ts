import { useEffect } from 'react';
import { counterDb } from '../features/case/counterDb';
import { startSync, stopSync } from './syncSession';

/** Syncs while the app knows its office (signed in or not); stops when it does not. */
export function useSyncSession(officeId: string | null): void {
  useEffect(() => {
    if (officeId === null) return;
    void startSync(counterDb());
    return stopSync;
  }, [officeId]);
}
