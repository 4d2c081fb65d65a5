import { describe, expect, it } from 'vitest';
import { failureOf, SyncFailure } from '../engine';
import { SyncHttpError } from '../transport';
import { fetchTransport } from './fetchTransport';

const answering = (response: Response) =>
  fetchTransport({
    serverUrl: 'http://127.0.0.1:1',
    token: 'token',
    fetch: () => Promise.resolve(response),
  });

describe('fetchTransport', () => {
  it('treats an answer cut off on the way as the link failing, so the batch goes again', async () => {
    const cut = answering(
      new Response('{"results":[{"opId":"01890f2a-0000-7000-8000-0000', { status: 200 }),
    );
    const error = await cut.push(new Uint8Array([1])).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TypeError);
    expect(failureOf(error)).toMatchObject({ kind: 'offline', retryable: true });
    expect(failureOf(error)).toBeInstanceOf(SyncFailure);
  });

  it('hands on the server’s code and Indonesian message of a refusal', async () => {
    const refused = answering(
      new Response(
        JSON.stringify({ error: 'token-revoked', message: 'Perangkat ini sudah dicabut.' }),
        {
          status: 401,
        },
      ),
    );
    const error = await refused.push(new Uint8Array([1])).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({
      status: 401,
      code: 'token-revoked',
      message: 'Perangkat ini sudah dicabut.',
    });
  });

  it('names the status when a proxy answers with a page of its own', async () => {
    const proxy = answering(new Response('<html>Bad Gateway</html>', { status: 502 }));
    await expect(proxy.push(new Uint8Array([1]))).rejects.toMatchObject({
      status: 502,
      code: 'http-502',
      message: 'Server menolak permintaan (kode 502).',
    });
  });
});
