// Electron's `Session.fetch` as the sync's fetch. It goes through Chromium's network stack, so
// the laptop reaches the office server as its browser would: through the system's proxy, with
// the certificates Windows trusts (Node's own fetch sees neither). Chromium's network errors
// ("net::ERR_CONNECTION_REFUSED") reject as plain Errors where fetch rejects with TypeError:
// they are turned into TypeError here, for the answer and for its body, so the transport and
// the engine see the link failing as they do under the browser's fetch.
import { isLinkError } from '../../shared/sync/linkError';
import type { FetchLike } from '../../shared/sync/http/responses';

const asLinkError = (error: unknown): unknown =>
  error instanceof Error && !isLinkError(error)
    ? new TypeError(error.message, { cause: error })
    : error;

/** The body as it arrives, a failure while reading it thrown as the link's. */
function linkFailuresOf(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read().catch((error: unknown) => {
        throw asLinkError(error);
      });
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export function chromiumFetch(sessionFetch: FetchLike): FetchLike {
  return async (url, init) => {
    let response: Response;
    try {
      response = await sessionFetch(url, init);
    } catch (error) {
      throw asLinkError(error);
    }
    return new Response(response.body === null ? null : linkFailuresOf(response.body), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
