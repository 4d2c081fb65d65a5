import { describe, expect, it } from 'vitest';
import { eventChannel, loketMethods, methodChannel } from '../shared/ipc';
import { buildLoketApi, type IpcRendererLike } from './preloadApi';

function fakeIpcRenderer() {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipc: IpcRendererLike = {
    invoke: (channel, ...args) => {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'electron' }, payload);
  };
  return { ipc, invoked, emit, listeners };
}

describe('the preload API', () => {
  it('has exactly the contract methods and on, each invoking its own channel', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = buildLoketApi(ipc);
    expect(Object.keys(api).sort()).toEqual([...loketMethods, 'on'].sort());
    await api.printPdf({
      pdf: new Uint8Array([1]),
      letterKind: 'rekomendasiApbd',
      copies: 2,
      title: 'surat',
      dialog: false,
    });
    await api.backupChunk('0193-aa', new Uint8Array([7, 8]));
    expect(invoked.map((call) => call.channel)).toEqual([
      methodChannel('printPdf'),
      methodChannel('backupChunk'),
    ]);
    expect(invoked[1]?.args).toEqual(['0193-aa', new Uint8Array([7, 8])]);
  });

  it('is frozen, so the page cannot swap a method', () => {
    const api = buildLoketApi(fakeIpcRenderer().ipc);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('passes only the payload of an event, and stops after unsubscribing', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const api = buildLoketApi(ipc);
    const seen: unknown[] = [];
    const stop = api.on('notice', (payload) => seen.push(payload));
    emit(eventChannel('notice'), { message: 'Cadangan gagal' });
    stop();
    emit(eventChannel('notice'), { message: 'lagi' });
    expect(seen).toEqual([{ message: 'Cadangan gagal' }]);
  });

  it('refuses to listen on a channel that is not one of the contract events', () => {
    const api = buildLoketApi(fakeIpcRenderer().ipc);
    expect(() => api.on('ipc-internal' as 'notice', () => {})).toThrow(/unknown event/);
  });
});
