import { useCallback, useEffect, useState } from 'react';
import { blobFromServer } from '../../sync/blobFromServer';
import { syncLabels } from '../../sync/labels';
import { loadScan } from './caseSource';
import { counterDb } from './counterDb';

/**
 * `gone`: not on this counter (another counter took it in); `fetch` asks the server for it,
 * when the person wants it: scans are large and the link may be dear.
 */
export type ScanBlob =
  | { status: 'loading' }
  | { status: 'ready'; url: string; mime: string }
  | { status: 'gone' }
  | { status: 'fetching' }
  | { status: 'failed'; message: string };

/** An object URL for a stored scan (blobs table), revoked when the component goes. */
export function useScanBlob(blobId: string, caseId: string): { scan: ScanBlob; fetch: () => void } {
  const [state, setState] = useState<{ id: string; value: ScanBlob }>({
    id: '',
    value: { status: 'loading' },
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let url: string | undefined;
    let live = true;
    loadScan(counterDb(), blobId).then(
      (row) => {
        if (!live) return;
        if (!row) return setState({ id: blobId, value: { status: 'gone' } });
        url = URL.createObjectURL(row.data);
        setState({ id: blobId, value: { status: 'ready', url, mime: row.mime } });
      },
      () => live && setState({ id: blobId, value: { status: 'gone' } }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [blobId, round]);
  const fetch = useCallback(() => {
    setState({ id: blobId, value: { status: 'fetching' } });
    blobFromServer(counterDb(), { sha256: blobId, caseId }, new Date()).then(
      (fetched) => {
        if (fetched.ok) setRound((count) => count + 1);
        else setState({ id: blobId, value: { status: 'failed', message: fetched.message } });
      },
      (error: unknown) => {
        console.error('scan: fetching it from the server failed', error);
        setState({
          id: blobId,
          value: { status: 'failed', message: syncLabels.blobs.notFetched(String(error)) },
        });
      },
    );
  }, [blobId, caseId]);
  return { scan: state.id === blobId ? state.value : { status: 'loading' }, fetch };
}
