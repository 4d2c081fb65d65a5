// What a transport throws when the link failed (the server not reached, the connection cut, a
// timeout): fetch and its streams throw TypeError, a timeout or an abort a DOMException named
// so. The same test as the engine's `failureOf` (engine.ts), for the code that carries these
// failures elsewhere (across IPC, shared/sync/syncAnswer.ts) or answers a probe with them.
export const linkErrorNames = ['TypeError', 'AbortError', 'TimeoutError'] as const;
export type LinkErrorName = (typeof linkErrorNames)[number];

export const isLinkError = (error: unknown): boolean =>
  error instanceof TypeError ||
  (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'));
