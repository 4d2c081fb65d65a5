// The sync transport of the desktop app: every call goes through main (the `sync…` methods of
// shared/ipc.ts), which holds the device token and talks to the server with the fetch
// transport. Main's answers carry a failure's kind across IPC (shared/sync/syncAnswer.ts); here
// each is thrown again as the fetch transport would have thrown it, so the engine tells the
// server's refusal from the link failing exactly as in browser mode.
import type { IpcResult, LoketApi } from '../../shared/ipc';
import { errorOfSyncFailure, type SyncAnswer } from '../../shared/sync/syncAnswer';
import type { SyncTransport } from '../../shared/sync/transport';

export type SyncBridge = Pick<
  LoketApi,
  | 'syncPush'
  | 'syncPull'
  | 'syncNumberBlock'
  | 'syncBlobState'
  | 'syncPutBlob'
  | 'syncRegisterKey'
  | 'syncProbe'
  | 'syncGetBlob'
  | 'syncRelayBundle'
>;

/**
 * Main did not answer the call itself (the IPC gate refused it, or its handler failed): a
 * fault of this device, which the runner shows as unexpected.
 */
export class SyncBridgeError extends Error {
  override name = 'SyncBridgeError';
}

async function valueOf<T>(call: Promise<IpcResult<SyncAnswer<T>>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new SyncBridgeError(result.message);
  if (!result.value.ok) throw errorOfSyncFailure(result.value.failure);
  return result.value.value;
}

export interface IpcTransportOptions {
  /** The most records one pull response holds; main's bound without it. */
  pullLimit?: number;
}

export function ipcTransport(bridge: SyncBridge, options: IpcTransportOptions = {}): SyncTransport {
  return {
    push: (gzipBody) => valueOf(bridge.syncPush(gzipBody)),
    // One response per call (IPC cannot stream): its text, then how it broke off, if it did.
    async *pull({ cursor }) {
      const pulled = await valueOf(
        bridge.syncPull({
          ...(cursor === undefined ? {} : { cursor }),
          ...(options.pullLimit === undefined ? {} : { limit: options.pullLimit }),
        }),
      );
      if (pulled.text !== '') yield pulled.text;
      if (pulled.brokeOff) throw errorOfSyncFailure(pulled.brokeOff);
    },
    numberBlock: (request) => valueOf(bridge.syncNumberBlock(request)),
    blobState: (sha256) => valueOf(bridge.syncBlobState(sha256)),
    putBlob: (sha256, chunk, start, total) =>
      valueOf(bridge.syncPutBlob(sha256, chunk, start, total)),
    async registerKey(key) {
      await valueOf(bridge.syncRegisterKey(key));
    },
    getBlob: async (sha256) => new Uint8Array(await valueOf(bridge.syncGetBlob(sha256))),
    relayBundle: async (bundle) => new Uint8Array(await valueOf(bridge.syncRelayBundle(bundle))),
  };
}

/**
 * Whether the server answers, asked through main. When main cannot answer the probe itself,
 * the run goes ahead: its failure is then shown for what it is.
 */
export async function ipcProbe(bridge: SyncBridge): Promise<boolean> {
  const answer = await bridge.syncProbe();
  return answer.ok ? answer.value : true;
}
