// `GET /health`: whether the sync server answers at all, the runner's cheap check before a full
// run after one failed for want of a link. The link failing is the answer "no"; anything else
// thrown is a fault and goes on.
import { isLinkError } from '../linkError';
import { defaultFetch, type FetchLike } from './responses';

const PROBE_TIMEOUT_MS = 10_000;

export async function probeServer(
  serverUrl: string,
  fetch: FetchLike = defaultFetch,
): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', serverUrl).href, {
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok;
  } catch (error) {
    if (isLinkError(error)) return false;
    throw error;
  }
}
