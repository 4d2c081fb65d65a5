// The object the preload exposes as `window.loket`, built from the contract's method and
// event lists so it can have no method the contract lacks and lack none it has.
import {
  eventChannel,
  loketEvents,
  loketMethods,
  methodChannel,
  type LoketApi,
  type LoketEvent,
} from '../shared/ipc';

/** The part of Electron's `ipcRenderer` the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const knownEvents: ReadonlySet<string> = new Set(loketEvents);

export function buildLoketApi(ipcRenderer: IpcRendererLike): LoketApi {
  const methods = Object.fromEntries(
    loketMethods.map((method) => [
      method,
      (...args: unknown[]) => ipcRenderer.invoke(methodChannel(method), ...args),
    ]),
  );
  const on = (event: LoketEvent, listener: (payload: unknown) => void) => {
    if (!knownEvents.has(event)) throw new Error(`unknown event ${String(event)}`);
    // The Electron event object stays here: the page gets the payload only.
    const relay = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), relay);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), relay);
    };
  };
  return Object.freeze({ ...methods, on }) as LoketApi;
}
