import { useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc';
import { formatLongDate } from '../../../shared/dates/localDate';
import { counterDb } from '../case/counterDb';
import { platform } from '../../platform/platform';
import { MessageLine, type Message } from '../../components/MessageLine';
import { backupNow } from './backupRun';
import { restoreAndReload } from './restoreAndReload';
import { backupLabels, fileSize } from './labels';
import './backup.css';

const labels = backupLabels.section;

const when = (iso: string) =>
  `${formatLongDate(iso.slice(0, 10))} ${new Date(iso).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })}`;

/** "Cadangkan sekarang", the backups in the folder, and restoring one of them. */
export function BackupSection({ office, configured }: { office: string; configured: boolean }) {
  const [backups, setBackups] = useState<BackupEntry[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  // Bumped after a backup, so the list is read again.
  const [listed, setListed] = useState(0);

  useEffect(() => {
    if (!configured) return undefined;
    let shown = true;
    void platform()
      .listBackups()
      .then((answer) => {
        if (!shown) return;
        if (answer.ok) setBackups(answer.value);
        else setMessage({ text: answer.message, error: true });
      });
    return () => {
      shown = false;
    };
  }, [configured, listed]);

  const run = async (work: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (error) {
      setMessage({
        text: backupLabels.failed(error instanceof Error ? error.message : String(error)),
        error: true,
      });
    } finally {
      setProgress(null);
    }
  };

  const makeBackup = () =>
    run(async () => {
      const written = await backupNow(counterDb(), office, (bytes) =>
        setProgress(labels.backingUp(fileSize(bytes))),
      );
      if (!written.ok) throw new Error(written.message);
      setListed((count) => count + 1);
      return labels.done(written.value.fileName, fileSize(written.value.bytes));
    });

  const restore = (entry: BackupEntry) => {
    if (!window.confirm(labels.confirmRestore(when(entry.createdAt)))) return;
    setMessage(null);
    void restoreAndReload(entry.fileName, { onProgress: setProgress }).then((result) => {
      setMessage(result);
      setProgress(null);
    });
  };

  return (
    <section className="form-section backup-section" aria-labelledby="backup-heading">
      <h3 id="backup-heading" className="form-section__title">
        {labels.heading}
      </h3>
      <p className="form-note">{configured ? labels.intro : labels.noFolder}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!configured || progress !== null}
          aria-busy={progress !== null}
          onClick={() => void makeBackup()}
        >
          {labels.backupNow}
        </button>
      </div>
      {progress ? (
        <p className="form-note" role="status">
          {progress}
        </p>
      ) : null}
      <MessageLine message={message} />
      {configured ? (
        <>
          <h4 className="backup-section__list-heading">{labels.listHeading}</h4>
          {backups.length === 0 ? (
            <p className="form-note">{labels.none}</p>
          ) : (
            <table className="backup-section__list">
              <thead>
                <tr>
                  <th scope="col">{labels.made}</th>
                  <th scope="col">{labels.size}</th>
                  <th scope="col" aria-label={labels.restore} />
                </tr>
              </thead>
              <tbody>
                {backups.map((entry) => (
                  <tr key={entry.fileName}>
                    <td title={entry.fileName}>{when(entry.createdAt)}</td>
                    <td>{fileSize(entry.bytes)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={progress !== null}
                        onClick={() => restore(entry)}
                      >
                        {labels.restore}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
