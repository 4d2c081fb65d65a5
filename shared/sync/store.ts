// What the sync engine needs of the counter's database (renderer/sync/dexieSyncStore.ts).
import type { PullPage } from './pull';
import type { OpEnvelope, OpResult } from './push';

export interface SyncStore {
  pendingCount(): Promise<number>;
  /** Up to `limit` ops waiting to be sent, oldest first. */
  pendingOps(limit: number): Promise<OpEnvelope[]>;
  /** The answers to ops, in one transaction: done, refused with a reason, or still waiting. */
  recordResults(results: readonly OpResult[]): Promise<void>;
  /** The pull cursor the op with this seq was run on; undefined when it ran before any pull. */
  pushBasis(seq: number): Promise<string | undefined>;
  /** Where the next pull starts; undefined before the first. */
  cursor(): Promise<string | undefined>;
  /** A page's records and its cursor, in one transaction. */
  applyPage(page: PullPage): Promise<void>;
  /** Scans and letter PDFs the server does not have yet whose ops are sent, at most `limit`. */
  blobsToUpload(limit: number): Promise<{ sha256: string; size: number }[]>;
  readBlob(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  markBlobUploaded(sha256: string): Promise<void>;
}
