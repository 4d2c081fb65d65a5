// Main's side of the desktop's sync (the `sync…` methods of shared/ipc.ts): the enrolment and
// every call of the sync transport, made here with the device token, which never leaves main.
// The HTTP is the fetch transport's (shared/sync/http/), the code the browser mode runs too;
// the engine and the counter's database stay in the renderer, which calls these through
// renderer/sync/ipcTransport.ts. Failures are answered in the engine's terms
// (shared/sync/syncAnswer.ts).
import type { IpcResult, LoketMethods } from '../../shared/ipc';
import { MAX_IPC_PULL_LIMIT } from '../../shared/ipcSchemas';
import { bundleKeyOfToken } from '../../shared/sync/bundle';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import { postEnrolment } from '../../shared/sync/http/postEnrolment';
import { probeServer } from '../../shared/sync/http/probeServer';
import { defaultFetch, type FetchLike } from '../../shared/sync/http/responses';
import {
  answerOf,
  syncFailureOf,
  type SyncAnswer,
  type SyncCallFailure,
} from '../../shared/sync/syncAnswer';
import type { SyncTransport } from '../../shared/sync/transport';
import type { DeviceTokenStore } from '../device/deviceToken';
import type { LoketHandlers } from '../ipc';
import { syncHandlerMessages as m } from './messages';

export type SyncMethod = Extract<keyof LoketMethods, `sync${string}`>;
export type SyncHandlers = Pick<LoketHandlers, SyncMethod>;

export interface SyncHandlerDeps {
  deviceToken: DeviceTokenStore;
  /** The sync server in force: main's settings (`serverUrl`). */
  serverUrl(): string | null;
  /** Keeps the address an enrolment went to in main's settings. */
  saveServerUrl(serverUrl: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Electron's `Session.fetch` in the app (main/sync/chromiumFetch.ts); Node's in tests. */
  fetch?: FetchLike;
  /** The fetch transport's timeout (its own default without). */
  timeoutMs?: number;
}

const answer = <T>(value: SyncAnswer<T>): IpcResult<SyncAnswer<T>> => ({ ok: true, value });
const deviceFailure = (
  failure: 'auth' | 'refused',
  code: string,
  message: string,
): { ok: false; failure: SyncCallFailure } => ({
  ok: false,
  failure: { kind: 'device', failure, code, message },
});

export function createSyncHandlers(deps: SyncHandlerDeps): SyncHandlers {
  const fetch = deps.fetch ?? defaultFetch;
  // The token as last read or enrolled: only an enrolment here writes it.
  let known: string | undefined;

  async function token(): Promise<SyncAnswer<string>> {
    if (known !== undefined) return { ok: true, value: known };
    const loaded = await deps.deviceToken.load();
    if (!loaded.ok) return deviceFailure('auth', 'token-unreadable', loaded.message);
    if (loaded.value === null) return deviceFailure('auth', 'not-enrolled', m.notEnrolled);
    known = loaded.value;
    return { ok: true, value: known };
  }

  /** The fetch transport to the enrolled server with the token, or why there is none. */
  async function transport(pullLimit = MAX_IPC_PULL_LIMIT): Promise<SyncAnswer<SyncTransport>> {
    const sealed = await token();
    if (!sealed.ok) return sealed;
    const serverUrl = deps.serverUrl();
    if (serverUrl === null) return deviceFailure('refused', 'no-server', m.noServer);
    return {
      ok: true,
      value: fetchTransport({
        serverUrl,
        token: sealed.value,
        fetch,
        pullLimit,
        ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
      }),
    };
  }

  /** One transport call, answered with its value or its failure. */
  async function call<T>(run: (transport: SyncTransport) => Promise<T>) {
    const ready = await transport();
    return answer(ready.ok ? await answerOf(() => run(ready.value)) : ready);
  }

  return {
    async syncEnrol(request) {
      // The code is spent at the server: first make sure the token can be kept.
      const ready = await deps.deviceToken.ready();
      if (!ready.ok) return answer(deviceFailure('refused', 'no-secret-store', ready.message));
      const posted = await answerOf(() =>
        postEnrolment(request.serverUrl, { code: request.code, label: request.label }, fetch),
      );
      if (!posted.ok) return answer(posted);
      const { deviceId, officeId, token: issued } = posted.value;
      if (request.officeId !== null && officeId !== request.officeId) {
        return answer(deviceFailure('refused', 'other-office', m.otherOffice(officeId)));
      }
      const saved = await deps.deviceToken.save(issued);
      if (!saved.ok) return answer(deviceFailure('refused', 'no-secret-store', saved.message));
      known = issued;
      const kept = await deps.saveServerUrl(request.serverUrl);
      if (!kept.ok) {
        return answer(
          deviceFailure('refused', 'address-not-saved', m.addressNotSaved(kept.message)),
        );
      }
      return answer({
        ok: true,
        value: { deviceId, officeId, label: request.label, serverUrl: request.serverUrl },
      });
    },
    syncPush: (gzipBody) => call((link) => link.push(new Uint8Array(gzipBody))),
    async syncPull(query) {
      const ready = await transport(query.limit);
      if (!ready.ok) return answer(ready);
      let text = '';
      try {
        const from = query.cursor === undefined ? {} : { cursor: query.cursor };
        for await (const part of ready.value.pull(from)) text += part;
      } catch (error) {
        const failure = syncFailureOf(error);
        // What arrived before the break still completes pages: it goes over with the failure.
        return answer(
          text === '' ? { ok: false, failure } : { ok: true, value: { text, brokeOff: failure } },
        );
      }
      return answer({ ok: true, value: { text, brokeOff: null } });
    },
    syncNumberBlock: (request) => call((link) => link.numberBlock(request)),
    syncBlobState: (sha256) => call((link) => link.blobState(sha256)),
    syncPutBlob: (sha256, chunk, start, total) =>
      call((link) => link.putBlob(sha256, new Uint8Array(chunk), start, total)),
    syncRegisterKey: (key) =>
      call(async (link) => {
        await link.registerKey(key);
        return null;
      }),
    async syncProbe() {
      const serverUrl = deps.serverUrl();
      return { ok: true, value: serverUrl === null ? false : await probeServer(serverUrl, fetch) };
    },
    syncGetBlob: (sha256) => call((link) => link.getBlob(sha256)),
    syncRelayBundle: (bundle) => call((link) => link.relayBundle(new Uint8Array(bundle))),
    async syncBundleKey() {
      const sealed = await token();
      if (!sealed.ok) return { ok: false, message: sealed.failure.message, retryable: false };
      return { ok: true, value: bundleKeyOfToken(sealed.value) };
    },
  };
}
