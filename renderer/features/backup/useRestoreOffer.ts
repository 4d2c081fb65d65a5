import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc';
import { isDesktop, platform } from '../../platform/platform';

/**
 * On the desktop, with an empty database (`empty`), the newest backup in the backup folder,
 * so the app offers it before the first-start wizard; null when there is none to offer or
 * the person chose to start blank. `undefined` while the folder is being looked at.
 */
export function useRestoreOffer(empty: boolean): {
  offer: BackupEntry | null | undefined;
  skip: () => void;
} {
  const [offer, setOffer] = useState<BackupEntry | null | undefined>(
    empty && isDesktop() ? undefined : null,
  );
  useEffect(() => {
    if (!empty || !isDesktop()) return;
    void platform()
      .listBackups()
      .then((listed) => {
        if (!listed.ok) console.error(`Backups could not be listed: ${listed.message}`);
        setOffer(listed.ok ? (listed.value[0] ?? null) : null);
      });
  }, [empty]);
  return { offer, skip: () => setOffer(null) };
}
