// Asks the browser to keep the database (persistent storage) and reports how full it is.
import { dbMessages } from './messages';

/** Share of the quota above which the screens warn. */
export const NEARLY_FULL_SHARE = 0.9;

export interface StorageStatus {
  persisted: boolean;
  /** Bytes used and allowed, as the browser estimates them (0 when unknown). */
  usage: number;
  quota: number;
  nearlyFull: boolean;
  /** Indonesian warnings for the screens, most serious first; empty when all is well. */
  warnings: string[];
}

type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/**
 * Requests persistent storage (granted silently to installed apps and Electron; a browser may
 * refuse) and reads the estimate. Never throws: an unusable API becomes a warning.
 */
export async function checkStorage(
  storage: StorageApi | undefined = globalThis.navigator?.storage,
): Promise<StorageStatus> {
  if (storage === undefined) {
    return unknownStatus();
  }
  try {
    const persisted = (await storage.persisted()) || (await storage.persist());
    const { usage = 0, quota = 0 } = await storage.estimate();
    const share = quota > 0 ? usage / quota : 0;
    const nearlyFull = share > NEARLY_FULL_SHARE;
    const warnings = [
      ...(nearlyFull ? [dbMessages.storageNearlyFull(share)] : []),
      ...(persisted ? [] : [dbMessages.storageNotPersisted]),
    ];
    return { persisted, usage, quota, nearlyFull, warnings };
  } catch {
    return unknownStatus();
  }
}

function unknownStatus(): StorageStatus {
  return {
    persisted: false,
    usage: 0,
    quota: 0,
    nearlyFull: false,
    warnings: [dbMessages.storageUnavailable],
  };
}
