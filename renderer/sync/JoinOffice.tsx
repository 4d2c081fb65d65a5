import { useState } from 'react';
import { AppHeader } from '../AppHeader';
import { MessageLine, type Message } from '../components/MessageLine';
import { readMeta } from '../db/meta';
import { useSession } from '../features/auth/useSession';
import { counterDb } from '../features/case/counterDb';
import { SyncFailure } from '../../shared/sync/engine';
import { syncMessages } from '../../shared/sync/messages';
import { syncLabels } from './labels';
import { EnrolForm } from './SyncPanel';
import { syncOnce } from './syncSession';
import './sync.css';

const m = syncLabels.join;
const { unexpected } = syncMessages;

/**
 * First start on a counter of an office that already uses Loket: enrol with the admin's code,
 * download the office (accounts, profile, cases), then sign in like on any counter.
 */
export function JoinOffice({ onBack }: { onBack: () => void }) {
  const boot = useSession((state) => state.boot);
  const [progress, setProgress] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const download = async () => {
    const db = counterDb();
    const enrolment = await readMeta(db, 'syncEnrolment');
    if (!enrolment) return;
    setMessage(null);
    setProgress(m.downloading(0));
    try {
      await syncOnce(db, enrolment, (step) => {
        if (step.phase === 'pull') setProgress(m.downloading(step.records));
      });
    } catch (error) {
      setProgress(null);
      if (!(error instanceof SyncFailure)) console.error('join: the first sync failed', error);
      const text = error instanceof SyncFailure ? error.message : unexpected(String(error));
      return setMessage({ text, error: true });
    }
    setProgress(m.done);
    if ((await db.users.count()) === 0 || !(await readMeta(db, 'officeProfile'))) {
      return setMessage({ text: m.noOffice, error: true });
    }
    await boot();
  };

  return (
    <>
      <AppHeader title={m.heading} />
      <main id="isi" className="wizard" tabIndex={-1}>
        <div className="wizard__panel">
          <p className="form-note">{m.intro}</p>
          <EnrolForm officeId={null} onEnrolled={() => void download()} />
          {progress ? (
            <p className="form-note" role="status">
              {progress}
            </p>
          ) : null}
          <MessageLine message={message} />
          {message ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void download()}
            >
              {syncLabels.status.syncNow}
            </button>
          ) : null}
          <button type="button" className="button button--link" onClick={onBack}>
            {m.back}
          </button>
        </div>
      </main>
    </>
  );
}
