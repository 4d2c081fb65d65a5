// The sync transport of the browser mode: fetch to the sync server with the device token.
// The browser asks for gzip and inflates the pull stream itself; the text is handed on as it
// arrives.
import { numberBlockSchema } from '../../shared/numbering/blocks';
import { parseOrThrow } from '../../shared/numbering/errors';
import { syncMessages as m } from '../../shared/sync/messages';
import type { PushResponse } from '../../shared/sync/push';
import { SyncHttpError, type SyncTransport } from '../../shared/sync/transport';

export interface FetchTransportOptions {
  /** The sync server, e.g. `https://loket.mentawaikab.go.id`. */
  serverUrl: string;
  token: string;
  fetch?: typeof globalThis.fetch;
  /** A push with no answer, or a pull with no new data, for this long is given up. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

async function httpError(response: Response): Promise<SyncHttpError> {
  const text = await response.text();
  let answer: { error?: unknown; message?: unknown } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    // Not the server's JSON (a proxy's page): the status says enough.
  }
  return new SyncHttpError(
    response.status,
    typeof answer.error === 'string' ? answer.error : `http-${response.status}`,
    typeof answer.message === 'string' ? answer.message : m.httpFailed(response.status),
  );
}

/**
 * The answer's JSON. A body that does not parse was cut off on the way (an answer framed by
 * the connection's close looks complete when the link drops): that is the link's failure,
 * thrown as fetch throws its own, and the request is sent again.
 */
async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TypeError(`the answer was cut off (${text.length} characters arrived)`);
  }
}

export function fetchTransport(options: FetchTransportOptions): SyncTransport {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const authorization = `Bearer ${options.token}`;
  const url = (path: string) => new URL(path, options.serverUrl);
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
    async *pull({ cursor }) {
      const address = url('/v1/pull');
      if (cursor !== undefined) address.searchParams.set('cursor', cursor);
      // The timeout counts from the last data that arrived, not from the start: a big pull
      // over a slow link may take long, a silent one may not.
      const idle = new AbortController();
      let timer = setTimeout(() => idle.abort(), timeoutMs);
      const alive = () => {
        clearTimeout(timer);
        timer = setTimeout(() => idle.abort(), timeoutMs);
      };
      try {
        const response = await send(address, { headers: { authorization }, signal: idle.signal });
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
