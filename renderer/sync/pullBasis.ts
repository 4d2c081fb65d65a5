// Which pulled state the counter ran each op on. Every applied pull page is logged with the
// last outbox seq handed out then: an op with a higher seq was run after that page was in the
// database. A push batch names the cursor its first op was run on (`basis`), so the server
// can tell which of the records it writes the counter holds already (server/sync/echo.ts).
import type { PullBasis } from '../db/rows';

/** The cursor the op with `seq` was run on; undefined when it ran before any pull. */
export function basisFor(log: readonly PullBasis[], seq: number): string | undefined {
  let cursor: string | undefined;
  for (const entry of log) {
    if (entry.afterSeq < seq) cursor = entry.cursor;
  }
  return cursor;
}

/**
 * The log after a page with `cursor` was applied while `afterSeq` was the last seq handed out.
 * Only what an op still waiting (from `firstPendingSeq` on) can ask for is kept.
 */
export function logPulled(
  log: readonly PullBasis[],
  entry: PullBasis,
  firstPendingSeq: number | undefined,
): PullBasis[] {
  const next = log.filter((kept) => kept.afterSeq < entry.afterSeq).concat(entry);
  if (firstPendingSeq === undefined) return [entry];
  const base = next.findLastIndex((kept) => kept.afterSeq < firstPendingSeq);
  return base <= 0 ? next : next.slice(base);
}
