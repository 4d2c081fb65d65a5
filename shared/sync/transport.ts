// How the sync engine reaches the server. The desktop sends through main, which holds the
// device token; the browser mode uses fetch. Both answer in these terms.
import type { NumberBlock } from '../numbering/blocks';
import type { PushResponse } from './push';

/** The next `size` numbers of the office, or a claim of a block taken before enrolment. */
export type NumberBlockRequest =
  { year: number; size: number } | { year: number; start: number; end: number };

export interface SyncTransport {
  /** `POST /v1/push` with a gzip-compressed JSON body. */
  push(gzipBody: Uint8Array<ArrayBuffer>): Promise<PushResponse>;
  /** `GET /v1/pull`: the response's text as it arrives (see shared/sync/pull.ts). */
  pull(query: { cursor?: string }): AsyncIterable<string>;
  /** `POST /v1/number-blocks`: the block the server holds for this counter. */
  numberBlock(request: NumberBlockRequest): Promise<NumberBlock>;
  /** `HEAD /v1/blobs/:sha256`: whether the server has the blob, else where its upload stands. */
  blobState(sha256: string): Promise<BlobUploadState>;
  /** `PUT /v1/blobs/:sha256` of the bytes from `start` of `total`; where the upload stands after. */
  putBlob(
    sha256: string,
    chunk: Uint8Array<ArrayBuffer>,
    start: number,
    total: number,
  ): Promise<BlobUploadState>;
  /** `POST /v1/keys`: the public half of a signing key this counter made itself. */
  registerKey(key: { keyId: string; publicKey: string; createdAt: string }): Promise<void>;
  /** `GET /v1/blobs/:sha256`: a scan or letter PDF another counter uploaded. */
  getBlob(sha256: string): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * `POST /v1/bundles`: another counter's USB bundle, handed on by this one (online, of the
   * same office); the answer is the return bundle for the stick.
   */
  relayBundle(bundle: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

export interface BlobUploadState {
  complete: boolean;
  /** Bytes the server holds of an upload under way. */
  offset: number;
}

/**
 * The server answered, but not with success: the HTTP status and the server's `error` code
 * and Indonesian `message`. Anything else a transport throws means the server was not reached
 * or the connection broke.
 */
export class SyncHttpError extends Error {
  override name = 'SyncHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
