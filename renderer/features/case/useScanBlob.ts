import { useEffect, useState } from 'react';
import { loadScan } from './caseSource';
import { counterDb } from './counterDb';

export type ScanBlob =
  { status: 'loading' } | { status: 'ready'; url: string; mime: string } | { status: 'gone' };

/** An object URL for a stored scan (blobs table), revoked when the component goes. */
export function useScanBlob(blobId: string): ScanBlob {
  const [state, setState] = useState<{ id: string; value: ScanBlob }>({
    id: '',
    value: { status: 'loading' },
  });
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
  }, [blobId]);
  return state.id === blobId ? state.value : { status: 'loading' };
}
