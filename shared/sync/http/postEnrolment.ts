// `POST /v1/enroll` over fetch: the browser mode's enrolment (renderer/sync/enrol.ts) and main's
// (main/sync/syncHandlers.ts). Failures are thrown in the transport's terms: `SyncHttpError`
// for a refusal, TypeError (or an abort) for the link.
import type { EnrollRequest, EnrollResponse } from '../enroll';
import { syncMessages as m } from '../messages';
import { SyncHttpError } from '../transport';
import { defaultFetch, httpError, jsonOf, type FetchLike } from './responses';

const ENROL_TIMEOUT_MS = 30_000;

export async function postEnrolment(
  serverUrl: string,
  request: EnrollRequest,
  fetch: FetchLike = defaultFetch,
): Promise<EnrollResponse> {
  const response = await fetch(new URL('/v1/enroll', serverUrl).href, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(ENROL_TIMEOUT_MS),
  });
  if (!response.ok) throw await httpError(response);
  const answer = (await jsonOf(response)) as Partial<EnrollResponse> | null;
  const { deviceId, officeId, token } = answer ?? {};
  if (typeof deviceId !== 'string' || typeof officeId !== 'string' || typeof token !== 'string') {
    // Something answers at this address, but not Loket's server (a typing error in the address).
    throw new SyncHttpError(response.status, 'not-a-sync-server', m.notASyncServer);
  }
  return { deviceId, officeId, token };
}
