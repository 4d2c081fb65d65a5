import { useEffect, useState } from 'react';
import { checkStorage } from '../../db/storage';
import { worklistLabels } from './labels';

/** Says so when the browser may clear the database, or when it is nearly full. */
export function StorageWarning() {
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void checkStorage().then((status) => {
      if (live) setWarnings(status.warnings);
    });
    return () => {
      live = false;
    };
  }, []);
  if (warnings.length === 0) return null;
  return (
    <div className="storage-warning" role="status">
      <strong className="storage-warning__title">{worklistLabels.storage.title}</strong>
      {warnings.map((warning) => (
        <span key={warning} className="storage-warning__text">
          {warning}
        </span>
      ))}
      <span className="storage-warning__hint">{worklistLabels.storage.hint}</span>
    </div>
  );
}
