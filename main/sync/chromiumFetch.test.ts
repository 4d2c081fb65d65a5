// Electron's Session.fetch cannot run here; its way of failing can: Chromium's net errors
// reject as plain Errors, before the answer and while its body arrives.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../shared/sync/engine';
import { fetchTransport } from '../../shared/sync/http/fetchTransport';
import { chromiumFetch } from './chromiumFetch';

const transportOver = (sessionFetch: Parameters<typeof chromiumFetch>[0]) =>
  fetchTransport({
    serverUrl: 'https://loket.mentawaikab.go.id',
    token: 'dvt_0123456789abcdef',
    fetch: chromiumFetch(sessionFetch),
  });

/** A body that gives `first`, then fails as Chromium's stream does when the link drops. */
function breakingBody(first: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new Error('net::ERR_CONNECTION_RESET'));
      sent = true;
      controller.enqueue(new TextEncoder().encode(first));
    },
  });
}

describe('Chromium’s fetch for the sync', () => {
  it('turns a net error before the answer into the link’s TypeError', async () => {
    const transport = transportOver(() => Promise.reject(new Error('net::ERR_CONNECTION_REFUSED')));
    const error = await transport.push(new Uint8Array([1])).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'net::ERR_CONNECTION_REFUSED' });
    expect(failureOf(error)).toMatchObject({ kind: 'offline', retryable: true });
  });

  it('turns a net error while the body arrives into the link’s TypeError, after what came', async () => {
    const transport = transportOver(() =>
      Promise.resolve(new Response(breakingBody('{"kind":"case"'), { status: 200 })),
    );
    const parts: string[] = [];
    const error = await (async () => {
      for await (const part of transport.pull({})) parts.push(part);
    })().catch((thrown: unknown) => thrown);
    expect(parts).toEqual(['{"kind":"case"']);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'net::ERR_CONNECTION_RESET' });
  });

  it('keeps a timeout a timeout, and hands on the answer as it came', async () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    const timedOut = transportOver(() => Promise.reject(timeout));
    await expect(timedOut.blobState('ab'.repeat(32))).rejects.toBe(timeout);

    const seen: { url: string; init: RequestInit }[] = [];
    const answering = transportOver((url, init) => {
      seen.push({ url, init });
      return Promise.resolve(
        new Response(null, { status: 404, headers: { 'upload-offset': '262144' } }),
      );
    });
    expect(await answering.blobState('ab'.repeat(32))).toEqual({ complete: false, offset: 262144 });
    expect(seen[0]?.url).toBe(`https://loket.mentawaikab.go.id/v1/blobs/${'ab'.repeat(32)}`);
    expect(seen[0]?.init).toMatchObject({
      method: 'HEAD',
      headers: { authorization: 'Bearer dvt_0123456789abcdef' },
    });
  });
});
