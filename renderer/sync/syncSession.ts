// The counter's sync, once it is enrolled: the runner over the engine, the Dexie store and the
// transport of the platform (the desktop: through main, which holds the token; browser mode:
// fetch with the token kept here), started when the app knows its office and fed the
// browser's online events. New ops are sent a few seconds after a command writes them (the
// outbox is watched with Dexie's liveQuery). `useSync` holds what the status bar and the sync
// panel show.
import { liveQuery } from 'dexie';
import { create } from 'zustand';
import { todayIn } from '../../shared/dates/localDate';
import { letterDateParts } from '../../shared/numbering';
import { runSync, SyncFailure, type SyncProgress, type SyncReport } from '../../shared/sync/engine';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import { probeServer } from '../../shared/sync/http/probeServer';
import type { SyncTransport } from '../../shared/sync/transport';
import {
  createSyncRunner,
  idleState,
  type SyncRunner,
  type SyncState,
} from '../../shared/sync/runner';
import type { LoketDb } from '../db/database';
import { readMeta, writeMeta } from '../db/meta';
import type { SyncEnrolment } from '../db/rows';
import { isDesktop, platform } from '../platform/platform';
import { dexieSyncStore } from './dexieSyncStore';
import { serverBase } from './enrol';
import { ipcProbe, ipcTransport } from './ipcTransport';
import { syncLabels } from './labels';
import { supplyNumbers } from './numberSupply';

export interface SyncView {
  enrolment: SyncEnrolment | null;
  state: SyncState;
  /** Ops waiting to be sent, and refused by the server. */
  pending: number;
  rejected: number;
  /** Letter numbers left for the year, as of the last run; null before one. */
  numbersLeft: number | null;
  /** Why the server refused a number block this counter took before it was enrolled. */
  numbersRefused: string[];
}

export const useSync = create<SyncView>(() => ({
  enrolment: null,
  state: idleState,
  pending: 0,
  rejected: 0,
  numbersLeft: null,
  numbersRefused: [],
}));

/** How long after the first new op a run starts, so a burst of commands goes in one batch. */
const SEND_AFTER_MS = 3_000;

let session: { runner: SyncRunner | undefined; stop: () => void } | undefined;

const outboxCounts = (db: LoketDb) =>
  Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('rejected').count(),
  ]);

/**
 * The signing key this counter made for its first letter, before the office key reached it:
 * its public half joins the office keyring on the server (once), so those letters verify.
 */
async function registerOwnKey(db: LoketDb, transport: SyncTransport): Promise<void> {
  const key = await readMeta(db, 'officeKey');
  if (!key || (await readMeta(db, 'registeredKeyId')) === key.keyId) return;
  await transport.registerKey({
    keyId: key.keyId,
    publicKey: key.publicKey,
    createdAt: key.createdAt,
  });
  await writeMeta(db, 'registeredKeyId', key.keyId);
}

/** The year letters are numbered in now, on the office's clock. */
async function letterYear(db: LoketDb): Promise<number> {
  const profile = await readMeta(db, 'officeProfile');
  return letterDateParts(todayIn(profile?.timeZone ?? 'Asia/Jakarta', new Date())).year;
}

/** The desktop's link goes through main; browser mode's is fetch with the token kept here. */
export function transportFor(enrolment: SyncEnrolment): SyncTransport {
  if (isDesktop()) return ipcTransport(platform());
  if (enrolment.token === undefined) {
    throw new SyncFailure('auth', 'not-enrolled', syncLabels.enrol.noToken);
  }
  return fetchTransport({ serverUrl: serverBase(enrolment.serverUrl), token: enrolment.token });
}

/** Whether the server answers at all, asked the same way. */
const probeFor = (enrolment: SyncEnrolment): (() => Promise<boolean>) =>
  isDesktop() ? () => ipcProbe(platform()) : () => probeServer(serverBase(enrolment.serverUrl));

/**
 * One sync run of this counter: letter-number blocks claimed and refilled, the outbox sent,
 * the office's changes pulled.
 */
export async function syncOnce(
  db: LoketDb,
  enrolment: SyncEnrolment,
  onProgress?: (progress: SyncProgress) => void,
): Promise<SyncReport> {
  const transport = transportFor(enrolment);
  return runSync({
    transport,
    store: dexieSyncStore(db),
    deviceId: enrolment.deviceId,
    now: () => new Date(),
    ...(onProgress ? { onProgress } : {}),
    prepare: async () => {
      const supply = await supplyNumbers(db, transport, {
        officeId: enrolment.officeId,
        year: await letterYear(db),
      });
      useSync.setState({ numbersLeft: supply.left, numbersRefused: supply.refused });
      await registerOwnKey(db, transport);
    },
  });
}

function runnerFor(db: LoketDb, enrolment: SyncEnrolment, lastSuccessAt: string | null) {
  return createSyncRunner({
    run: (onProgress) => syncOnce(db, enrolment, onProgress),
    probe: probeFor(enrolment),
    now: () => new Date(),
    random: Math.random,
    timers: {
      set: (run, ms) => window.setTimeout(run, ms),
      clear: (handle) => window.clearTimeout(handle as number),
    },
    initial: { lastSuccessAt },
  });
}

/** Shows the outbox and, if this counter is enrolled, syncs it; stops what ran before. */
export async function startSync(db: LoketDb): Promise<void> {
  stopSync();
  const enrolment = (await readMeta(db, 'syncEnrolment')) ?? null;
  const lastSuccessAt = (await readMeta(db, 'syncLastSuccessAt')) ?? null;
  useSync.setState({ enrolment, state: { ...idleState, lastSuccessAt } });
  const runner = enrolment ? runnerFor(db, enrolment, lastSuccessAt) : undefined;

  let sendTimer: number | undefined;
  const watched = liveQuery(() => outboxCounts(db)).subscribe({
    next: ([pending, rejected]) => {
      useSync.setState({ pending, rejected });
      if (!runner || pending === 0 || sendTimer !== undefined || runner.state().running) return;
      sendTimer = window.setTimeout(() => {
        sendTimer = undefined;
        void runner.syncNow();
      }, SEND_AFTER_MS);
    },
    error: (error: unknown) => console.error('sync: the outbox cannot be read', error),
  });
  const unsubscribe = runner?.subscribe((state) => {
    useSync.setState({ state });
    if (state.lastSuccessAt && state.lastSuccessAt !== lastSuccessAt) {
      void writeMeta(db, 'syncLastSuccessAt', state.lastSuccessAt);
    }
  });
  const online = () => void runner?.online();
  window.addEventListener('online', online);
  session = {
    runner,
    stop: () => {
      window.removeEventListener('online', online);
      window.clearTimeout(sendTimer);
      watched.unsubscribe();
      unsubscribe?.();
      runner?.stop();
    },
  };
  void runner?.syncNow();
}

export function stopSync(): void {
  session?.stop();
  session = undefined;
}

/** "Sinkronkan sekarang": runs now, or joins the run under way. */
export const syncNow = (): Promise<void> => session?.runner?.syncNow() ?? Promise.resolve();
