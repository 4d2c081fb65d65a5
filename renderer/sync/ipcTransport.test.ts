import { describe, expect, it } from 'vitest';
import { SyncFailure } from '../../shared/sync/engine';
import { SyncHttpError } from '../../shared/sync/transport';
import { ipcProbe, ipcTransport, SyncBridgeError, type SyncBridge } from './ipcTransport';

const refusedAtTheGate = { ok: false, message: 'Permintaan ditolak.', retryable: false } as const;

/** A bridge whose every method answers `answer`. */
const answering = (answer: unknown) =>
  new Proxy({} as SyncBridge, { get: () => () => Promise.resolve(answer) });

describe('the IPC transport', () => {
  it('throws main’s answers again as the fetch transport would have thrown them', async () => {
    const refused = ipcTransport(
      answering({
        ok: true,
        value: {
          ok: false,
          failure: { kind: 'http', status: 409, code: 'block-taken', message: 'Sudah dipegang.' },
        },
      }),
    );
    await expect(refused.numberBlock({ year: 2026, size: 10 })).rejects.toBeInstanceOf(
      SyncHttpError,
    );
    const unreachable = ipcTransport(
      answering({
        ok: true,
        value: { ok: false, failure: { kind: 'link', name: 'TypeError', message: 'fetch failed' } },
      }),
    );
    await expect(unreachable.push(new Uint8Array([1]))).rejects.toBeInstanceOf(TypeError);
    const notEnrolled = ipcTransport(
      answering({
        ok: true,
        value: {
          ok: false,
          failure: { kind: 'device', failure: 'auth', code: 'not-enrolled', message: 'Belum.' },
        },
      }),
    );
    await expect(notEnrolled.blobState('ab'.repeat(32))).rejects.toBeInstanceOf(SyncFailure);
    await expect(
      ipcTransport(answering(refusedAtTheGate)).registerKey({
        keyId: 'ABCDEFGH',
        publicKey: 'A'.repeat(43),
        createdAt: '2026-12-01T10:15:00+07:00',
      }),
    ).rejects.toBeInstanceOf(SyncBridgeError);
  });

  it('yields the text of a pull that broke off, then the link’s failure', async () => {
    const transport = ipcTransport(
      answering({
        ok: true,
        value: {
          ok: true,
          value: {
            text: '{"cursor":"djE6MTox","more":true}\n{"kind":"ca',
            brokeOff: { kind: 'link', name: 'TypeError', message: 'terminated' },
          },
        },
      }),
    );
    const parts: string[] = [];
    const error = await (async () => {
      for await (const part of transport.pull({})) parts.push(part);
    })().catch((thrown: unknown) => thrown);
    expect(parts).toEqual(['{"cursor":"djE6MTox","more":true}\n{"kind":"ca']);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('lets the run go ahead when main cannot answer the probe, so its failure is shown', async () => {
    expect(await ipcProbe(answering({ ok: true, value: false }))).toBe(false);
    expect(await ipcProbe(answering(refusedAtTheGate))).toBe(true);
  });
});
