import { useEffect } from 'react';
import { platform } from '../../platform/platform';
import { counterDb } from '../case/counterDb';
import { backupNow } from './backupRun';

/**
 * Answers main's "a backup is due" by streaming the database to it. A failure is main's to
 * report and retry (it sent the event and sees the backup not finish); it is logged here too.
 */
export function useScheduledBackup(office: string | null): void {
  useEffect(() => {
    if (office === null) return undefined;
    return platform().on('backupDue', () => {
      backupNow(counterDb(), office).then(
        (result) => {
          if (!result.ok) console.error(`Scheduled backup failed: ${result.message}`);
        },
        (error: unknown) => console.error('Scheduled backup failed', error),
      );
    });
  }, [office]);
}
