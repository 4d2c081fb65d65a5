// Beranda shows what the counter's database held when it loaded. A sync run may bring other
// counters' cases and letters: after each successful run the list is loaded again, so the
// clerk sees them without leaving the screen.
import type { StoreApi } from 'zustand';

type SyncStore = Pick<StoreApi<{ state: { lastSuccessAt: string | null } }>, 'subscribe'>;

/** Calls `refresh` after every successful run of the sync store; returns the unsubscribe. */
export function refreshAfterSync(sync: SyncStore, refresh: () => void): () => void {
  return sync.subscribe((view, previous) => {
    if (view.state.lastSuccessAt !== previous.state.lastSuccessAt) refresh();
  });
}
