import { useEffect } from 'react';
import { platform } from './platform';

/**
 * Tells main a case form is on screen while the calling component is: an update is never
 * installed meanwhile (main/updater.ts). Browser mode ignores it.
 */
export function useBusyWhileShown(): void {
  useEffect(() => {
    const tell = (busy: boolean) =>
      void platform()
        .setBusy(busy)
        .then((answer) => {
          if (!answer.ok) console.error(`setBusy refused: ${answer.message}`);
        });
    tell(true);
    return () => tell(false);
  }, []);
}
