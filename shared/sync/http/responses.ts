// Reading the sync server's answers, for every fetch-based call of a counter (the transport,
// the enrolment): a refusal becomes `SyncHttpError`, an answer that does not parse is the link's
// failure.
import { syncMessages as m } from '../messages';
import { SyncHttpError } from '../transport';

/**
 * `fetch` as the sync calls use it: the browser's, Node's, or Electron's `Session.fetch`, which
 * takes the address as a string only.
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** The server's refusal: its `error` code and Indonesian `message`, or the status alone. */
export async function httpError(response: Response): Promise<SyncHttpError> {
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
export async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TypeError(`the answer was cut off (${text.length} characters arrived)`);
  }
}
