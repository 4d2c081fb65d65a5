import { useSyncExternalStore } from 'react';
import type { RegionTable } from '../../../shared/validate';
import { loadRegionTable } from './regionSource';

export type RegionTableState =
  | { status: 'loading' }
  | { status: 'ready'; table: RegionTable }
  | { status: 'error'; retry: () => void };

let state: RegionTableState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function publish(next: RegionTableState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function start(): void {
  started = true;
  if (state.status === 'error') publish({ status: 'loading' });
  loadRegionTable().then(
    (table) => publish({ status: 'ready', table }),
    () => publish({ status: 'error', retry: start }),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) start();
  return () => listeners.delete(listener);
}

/** The shared region table for pickers and NIK/KK checks; loads on first use. */
export function useRegionTable(): RegionTableState {
  return useSyncExternalStore(subscribe, () => state);
}
