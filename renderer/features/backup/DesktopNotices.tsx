import { useEffect, useState } from 'react';
import { platform } from '../../platform/platform';
import { backupLabels } from './labels';
import './backup.css';

const labels = backupLabels.notices;

/** What main reports unasked (a backup that failed and will be retried, settings set aside). */
export function DesktopNotices() {
  const [notices, setNotices] = useState<{ id: number; message: string }[]>([]);

  useEffect(
    () =>
      platform().on('notice', ({ message }) =>
        setNotices((shown) => [...shown, { id: Date.now() + Math.random(), message }]),
      ),
    [],
  );

  if (notices.length === 0) return null;
  return (
    <aside className="desktop-notices" aria-label={labels.label}>
      {notices.map((notice) => (
        <p key={notice.id} className="desktop-notices__item" role="alert">
          <span>{notice.message}</span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setNotices((shown) => shown.filter((other) => other.id !== notice.id))}
          >
            {labels.dismiss}
          </button>
        </p>
      ))}
    </aside>
  );
}
