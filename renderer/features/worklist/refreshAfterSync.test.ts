import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { refreshAfterSync } from './refreshAfterSync';

interface View {
  state: { running: boolean; lastSuccessAt: string | null };
  pending: number;
}

const idle: View = { state: { running: false, lastSuccessAt: null }, pending: 0 };

describe('refreshAfterSync', () => {
  it('loads the list again when a sync run succeeds, not while it runs or when counts change', () => {
    const sync = createStore<View>(() => idle);
    const refresh = vi.fn();
    refreshAfterSync(sync, refresh);

    sync.setState({ pending: 3 });
    sync.setState({ state: { running: true, lastSuccessAt: null } });
    expect(refresh).not.toHaveBeenCalled();

    sync.setState({ state: { running: false, lastSuccessAt: '2026-12-02T06:05:00.000Z' } });
    expect(refresh).toHaveBeenCalledTimes(1);
    sync.setState({ pending: 0 });
    sync.setState({ state: { running: false, lastSuccessAt: '2026-12-02T06:06:00.000Z' } });
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('stops when unsubscribed (the screen left)', () => {
    const sync = createStore<View>(() => idle);
    const refresh = vi.fn();
    const stop = refreshAfterSync(sync, refresh);
    stop();
    sync.setState({ state: { running: false, lastSuccessAt: '2026-12-02T06:05:00.000Z' } });
    expect(refresh).not.toHaveBeenCalled();
  });
});
