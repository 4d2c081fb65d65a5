// The sync transport over fetch, with the device token: the browser mode's, and the one main
// uses for the desktop app (main/sync/), so there is one HTTP implementation of the protocol.
// It uses only what the browser and Node both have (fetch, URL, AbortSignal, streams, timers),
// and is type-checked against both (tsconfig.web.json and tsconfig.node.json). The pull's
// text is handed on as it arrives, inflated by fetch.
import { numberBlockSchema } from '../../numbering/blocks';
import { parseOrThrow } from '../../numbering/errors';
import type { PushResponse } from '../push';
import type { SyncTransport } from '../transport';
import { defaultFetch, httpError, jsonOf, type FetchLike } from './responses';

export interface FetchTransportOptions {
  /** The sync server, e.g. `https://loket.mentawaikab.go.id`. */
  serverUrl: string;
  token: string;
  fetch?: FetchLike;
  /** A push with no answer, or a pull with no new data, for this long is given up. */
  timeoutMs?: number;
  /** The most records one pull response holds (`limit`); the server's default without it. */
  pullLimit?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export function fetchTransport(options: FetchTransportOptions): SyncTransport {
  const send = options.fetch ?? defaultFetch;
  const authorization = `Bearer ${options.token}`;
  const url = (path: string) => new URL(path, options.serverUrl).href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  /** A JSON request answered with success, or the server's refusal thrown. */
  const postJson = async (path: string, body: unknown) => {
    const response = await send(url(path), {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw await httpError(response);
    return response;
  };
  return {
    async push(gzipBody) {
      const response = await send(url('/v1/push'), {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        },
        body: gzipBody,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw await httpError(response);
      return (await jsonOf(response)) as PushResponse;
    },
    async numberBlock(request) {
      const response = await postJson('/v1/number-blocks', request);
      return parseOrThrow(numberBlockSchema, await jsonOf(response));
    },
    async blobState(sha256) {
      const response = await send(url(`/v1/blobs/${sha256}`), {
        method: 'HEAD',
        headers: { authorization },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return { complete: true, offset: 0 };
      if (response.status !== 404) throw await httpError(response);
      return { complete: false, offset: Number(response.headers.get('upload-offset') ?? 0) };
    },
    async putBlob(sha256, chunk, start, total) {
      const response = await send(url(`/v1/blobs/${sha256}`), {
        method: 'PUT',
        headers: {
          authorization,
          'content-type': 'application/octet-stream',
          'content-range': `bytes ${start}-${start + chunk.length - 1}/${total}`,
        },
        body: chunk,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status === 200 || response.status === 201)
        return { complete: true, offset: total };
      const offset = response.headers.get('upload-offset');
      // 202: the chunk is in; 409: the server stands elsewhere (an earlier chunk did arrive).
      if ((response.status === 202 || response.status === 409) && offset !== null) {
        await response.body?.cancel();
        return { complete: false, offset: Number(offset) };
      }
      throw await httpError(response);
    },
    async registerKey(key) {
      await (await postJson('/v1/keys', key)).body?.cancel();
    },
    async getBlob(sha256) {
      const response = await send(url(`/v1/blobs/${sha256}`), {
        headers: { authorization },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw await httpError(response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async relayBundle(bundle) {
      const response = await send(url('/v1/bundles'), {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/octet-stream' },
        body: bundle,
        // A bundle may be large: it may take as long as 4 KB/s needs for it, and the timeout.
        signal: AbortSignal.timeout(timeoutMs + Math.ceil(bundle.length / 4)),
      });
      if (!response.ok) throw await httpError(response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async *pull({ cursor }) {
      const address = new URL('/v1/pull', options.serverUrl);
      if (cursor !== undefined) address.searchParams.set('cursor', cursor);
      if (options.pullLimit !== undefined) {
        address.searchParams.set('limit', String(options.pullLimit));
      }
      // The timeout counts from the last data that arrived, not from the start: a big pull
      // over a slow link may take long, a silent one may not.
      const idle = new AbortController();
      let timer = setTimeout(() => idle.abort(), timeoutMs);
      const alive = () => {
        clearTimeout(timer);
        timer = setTimeout(() => idle.abort(), timeoutMs);
      };
      try {
        const response = await send(address.href, {
          headers: { authorization },
          signal: idle.signal,
        });
        if (!response.ok) throw await httpError(response);
        if (!response.body) return;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            alive();
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      } finally {
        clearTimeout(timer);
        // Left early (a page could not be applied): the connection goes too.
        idle.abort();
      }
    },
  };
}
