import { useEffect, useState } from 'react';
import { draftScanDb, getDraftScan } from './draftScanStore';

export type ScanUrl = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'gone' };

/** An object URL for a draft scan's bytes, revoked when the component goes. */
export function useScanUrl(draftKey: string, id: string): ScanUrl {
  const [state, setState] = useState<{ key: string; value: ScanUrl }>({
    key: '',
    value: { status: 'loading' },
  });
  const key = `${draftKey}:${id}`;
  useEffect(() => {
    let url: string | undefined;
    let live = true;
    getDraftScan(draftScanDb(), draftKey, id).then(
      (row) => {
        if (!live) return;
        if (!row) return setState({ key, value: { status: 'gone' } });
        url = URL.createObjectURL(row.data);
        setState({ key, value: { status: 'ready', url } });
      },
      () => live && setState({ key, value: { status: 'gone' } }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [draftKey, id, key]);
  return state.key === key ? state.value : { status: 'loading' };
}
