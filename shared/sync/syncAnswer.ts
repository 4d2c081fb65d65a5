// A sync call that crosses IPC (the `sync…` methods of shared/ipc.ts): main answers with the
// value, or with how the call failed, kept apart as the engine tells failures apart
// (`failureOf` in engine.ts): the server's refusal (status, code, message), the link failing
// (not reached, cut off, timed out), or this device unable to call the server at all (not
// enrolled, no address, a token that will not open). An error cannot cross IPC with its class,
// so main describes it (`answerOf`) and the renderer throws it again as the fetch transport
// would have thrown it (`errorOfSyncFailure`).
import { SyncFailure } from './engine';
import { isLinkError, linkErrorNames, type LinkErrorName } from './linkError';
import { SyncHttpError } from './transport';

export type SyncCallFailure =
  | { kind: 'http'; status: number; code: string; message: string }
  | { kind: 'link'; name: LinkErrorName; message: string }
  /** `auth`: the device must be enrolled again; `refused`: trying again will not help. */
  | { kind: 'device'; failure: 'auth' | 'refused'; code: string; message: string };

export type SyncAnswer<T> = { ok: true; value: T } | { ok: false; failure: SyncCallFailure };

const linkNames: ReadonlySet<string> = new Set(linkErrorNames);

/** The link error's message with its cause's (Node's fetch says "fetch failed" and why below). */
function linkMessage(error: Error): string {
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message}: ${cause}` : error.message;
}

/**
 * What a transport call threw, as it crosses IPC. Anything that is neither the server's
 * refusal nor the link's failure is a fault and is thrown on.
 */
export function syncFailureOf(error: unknown): SyncCallFailure {
  if (error instanceof SyncHttpError) {
    return { kind: 'http', status: error.status, code: error.code, message: error.message };
  }
  if (error instanceof Error && isLinkError(error)) {
    const name = linkNames.has(error.name) ? (error.name as LinkErrorName) : 'TypeError';
    return { kind: 'link', name, message: linkMessage(error) };
  }
  throw error;
}

/** Runs a transport call and answers with its value or its failure. */
export async function answerOf<T>(call: () => Promise<T>): Promise<SyncAnswer<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, failure: syncFailureOf(error) };
  }
}

/** The error the transport would have thrown, to be thrown again on this side of IPC. */
export function errorOfSyncFailure(failure: SyncCallFailure): Error {
  switch (failure.kind) {
    case 'http':
      return new SyncHttpError(failure.status, failure.code, failure.message);
    case 'link': {
      if (failure.name === 'TypeError') return new TypeError(failure.message);
      const error = new Error(failure.message);
      error.name = failure.name;
      return error;
    }
    case 'device':
      return new SyncFailure(failure.failure, failure.code, failure.message);
  }
}
